// Validation messages exactly as the reference gateway reports them (spec/protocol.md §6).
#include <catch2/catch.hpp>

#include "gateway/proto/validators.hpp"

using nlohmann::json;
using namespace gateway;
using namespace gateway::proto;

namespace {

std::string Errors(CheckFn check, const json& value) {
  return wire::FormatErrors(Validate(check, value));
}

json Connect() {
  return {
      {"minProtocol", 4},
      {"maxProtocol", 4},
      {"client", {{"id", "cli"}, {"version", "2026.9.6"}, {"platform", "linux"}, {"mode", "cli"}}}};
}

}  // namespace

TEST_CASE("Validation: logs.tail params", "[protocol][validation]") {
  CHECK(Errors(&CheckLogsTailParams, json::object()).empty());
  CHECK(Errors(&CheckLogsTailParams, {{"limit", "x"}}) == "at /limit: must be integer");
  CHECK(Errors(&CheckLogsTailParams, {{"limit", 0}}) == "at /limit: must be >= 1");
  CHECK(Errors(&CheckLogsTailParams, {{"limit", 6000}, {"maxBytes", 0}}) ==
        "at /limit: must be <= 5000; at /maxBytes: must be >= 1");
  CHECK(Errors(&CheckLogsTailParams, json::array()) == "must be object");
  CHECK(Errors(&CheckLogsTailParams, "text") == "must be object");
  CHECK(Errors(&CheckLogsTailParams, {{"bogus", 1}}) == "at root: unexpected property 'bogus'");
}

TEST_CASE("Validation: system-event params", "[protocol][validation]") {
  CHECK(Errors(&CheckSystemEventParams, {{"text", "hi"}}).empty());
  CHECK(Errors(&CheckSystemEventParams, {{"bogus", 1}}) ==
        "must have required property 'text'; at root: unexpected property 'bogus'");
}

TEST_CASE("Validation: request frames", "[protocol][validation]") {
  CHECK(Errors(&CheckRequestFrame, {{"type", "req"}, {"id", "1"}, {"method", "health"}}).empty());
  CHECK(Errors(&CheckRequestFrame, {{"type", "req"}, {"method", "health"}}) ==
        "must have required property 'id'");
  CHECK(Errors(&CheckRequestFrame, {{"type", "foo"}, {"id", "zz"}}) ==
        "must have required property 'method'; at /type: must be equal to constant");
  CHECK(Errors(&CheckRequestFrame, {{"type", "req"},
                                    {"id", "1"},
                                    {"method", "x"},
                                    {"traceparent", std::string(129, 'a')}}) ==
        "at /traceparent: must not have more than 128 characters");
  CHECK(Errors(&CheckRequestFrame, {{"type", "req"}, {"id", ""}, {"method", "x"}}) ==
        "at /id: must not have fewer than 1 characters");
  CHECK_FALSE(Errors(&CheckRequestFrame, json::array()).empty());
}

TEST_CASE("Validation: connect params", "[protocol][validation]") {
  CHECK(Errors(&CheckConnectParams, Connect()).empty());
  json c = Connect();
  c.erase("maxProtocol");
  CHECK(Errors(&CheckConnectParams, c) == "must have required property 'maxProtocol'");
  c = Connect();
  c["client"]["mode"] = "operator";
  CHECK(Errors(&CheckConnectParams, c) ==
        "at /client/mode: must be equal to one of the allowed values");
  c = Connect();
  c["client"]["bogus"] = true;
  CHECK(Errors(&CheckConnectParams, c) == "at /client: unexpected property 'bogus'");
  c = Connect();
  c["minProtocol"] = 0;
  CHECK(Errors(&CheckConnectParams, c) == "at /minProtocol: must be >= 1");
  CHECK(Errors(&CheckConnectParams, nullptr) == "must be object");
}

TEST_CASE("Validation: lengths count code points, not bytes", "[protocol][validation]") {
  // 128 three-byte characters: 384 bytes, still within maxLength 128.
  std::string text;
  for (int i = 0; i < 128; ++i) text += "\xE2\x82\xAC";
  CHECK(Errors(&CheckRequestFrame,
               {{"type", "req"}, {"id", "1"}, {"method", "x"}, {"traceparent", text}})
            .empty());
}
