// Decoding primitives and untrusted parsing.
#include <catch2/catch.hpp>

#include "gateway/proto/types.hpp"

using nlohmann::json;
using namespace gateway;

TEST_CASE("Untrusted JSON: nesting depth is limited", "[protocol][json]") {
  auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  CHECK_NOTHROW(wire::ParseUntrusted(nested(128)));
  CHECK_THROWS_AS(wire::ParseUntrusted(nested(129)), wire::DecodeError);
  // A million levels would overflow the parser's stack without the limit.
  CHECK_THROWS_AS(wire::ParseUntrusted(nested(1000000)), wire::DecodeError);
  CHECK_THROWS_AS(wire::ParseUntrusted("{\"a\":"), wire::DecodeError);
  CHECK(wire::ParseUntrusted("{\"a\":[1,2]}") == json{{"a", {1, 2}}});
  // Brackets inside strings (escaped quotes included) are text, not nesting.
  const std::string in_string =
      "[\"" + std::string(500, '[') + "\\\"" + std::string(500, '{') + "\"]";
  CHECK(wire::ParseUntrusted(in_string)[0].get<std::string>().size() == 1001);
  // Objects count like arrays; closing brackets bring the depth back down.
  std::string wide;
  for (int i = 0; i < 300; ++i) wide += "{\"k\":[1]},";
  CHECK(wire::ParseUntrusted("[" + wide + "{}]").size() == 301);
  std::string objects;
  for (int i = 0; i < 129; ++i) objects += "{\"a\":";
  objects += "1" + std::string(129, '}');
  CHECK_THROWS_AS(wire::ParseUntrusted(objects), wire::DecodeError);
  CHECK_NOTHROW(wire::ParseUntrusted(objects.substr(5, objects.size() - 6)));  // 128 levels
}

TEST_CASE("Untrusted JSON: numbers that overflow a double are malformed, not fatal",
          "[protocol][json]") {
  for (const std::string& text : std::vector<std::string>{"1e999", "[1e309]", "-1e999",
                                                          "{\"x\":1e999}", std::string(400, '9')}) {
    INFO(text.substr(0, 40));
    CHECK_THROWS_AS(wire::ParseUntrusted(text), wire::DecodeError);
  }
  CHECK(wire::ParseUntrusted("1e308").is_number_float());
}

TEST_CASE("Untrusted JSON: a NUL byte does not end the input early", "[protocol][json]") {
  using namespace std::string_literals;
  CHECK_THROWS_AS(wire::ParseUntrusted("1\0"s), wire::DecodeError);
  CHECK_THROWS_AS(
      wire::ParseUntrusted(R"({"type":"req","id":"1","method":"health"})"s + '\0' + "junk"),
      wire::DecodeError);
}

TEST_CASE("JSON pointers escape ~ and /", "[protocol][json]") {
  CHECK(wire::ChildPointer("", "a/b~c") == "/a~1b~0c");
  CHECK(wire::ChildPointer("/x", std::size_t{3}) == "/x/3");
}

TEST_CASE("Decoding reports the pointer of the bad value", "[protocol][json]") {
  json connect = {
      {"minProtocol", 4},
      {"maxProtocol", 4},
      {"client", {{"id", "cli"}, {"version", "1"}, {"platform", "linux"}, {"mode", 5}}}};
  try {
    wire::Decode<proto::ConnectParams>(connect);
    FAIL("decoded a number as client.mode");
  } catch (const wire::DecodeError& e) {
    CHECK(e.pointer() == "/client/mode");
    CHECK(e.reason() == "must be string");
  }
  connect["client"]["mode"] = "cli";
  auto decoded = wire::Decode<proto::ConnectParams>(connect);
  CHECK(decoded.client.mode == proto::GatewayClientMode::kCli);
  CHECK(decoded.min_protocol == 4);
}

TEST_CASE("Integers: integral floats count, fractions and huge values do not", "[protocol][json]") {
  std::int64_t v = 0;
  wire::Read(json(3.0), v, "");
  CHECK(v == 3);
  CHECK_THROWS_AS(wire::Read(json(3.5), v, ""), wire::DecodeError);
  CHECK_THROWS_AS(wire::Read(json(std::uint64_t{1} << 63), v, ""), wire::DecodeError);
  CHECK_THROWS_AS(wire::Read(json("3"), v, ""), wire::DecodeError);
}
