// protocol/examples: every <case>.json validates and round-trips through the C++ types to equal
// JSON; every <case>.fail.json is rejected with JSON pointers that exist in the instance. valijson
// checks the bundled draft-07 schemas independently and must agree on every verdict.
#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
// valijson's json_pointer::replaceAllInPlace (std::string::replace) trips GCC 12's false
// -Wrestrict at -O2/-O3 (GCC bug 105651) inside the library header; silenced for it only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wrestrict"
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>
#pragma GCC diagnostic pop

#include "gateway/proto/protocol.hpp"
#include "gateway/proto/registry.hpp"
#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace gateway;

namespace {

json ReadJson(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return wire::ParseUntrusted(text.str());
}

// "logs.tail.params" -> the params definition of logs.tail; "ConnectParams" -> itself.
std::string DefinitionOf(const std::string& folder) {
  for (const char* slot : {".params", ".result"}) {
    if (folder.ends_with(slot)) {
      const proto::MethodInfo* m =
          proto::FindMethod(folder.substr(0, folder.size() - std::strlen(slot)));
      if (!m) return "";
      return std::string(std::string_view(slot) == ".params" ? m->params : m->result);
    }
  }
  return folder;
}

// valijson over the bundled schema document, one compiled schema per definition.
class Oracle {
 public:
  Oracle() {
    for (const char* file : {"protocol.schema.json", "config.schema.json"}) {
      json doc = ReadJson(fs::path(SCHEMA_DIR) / file);
      for (const auto& [name, def] : doc["definitions"].items())
        documents_[name] = doc["definitions"];
    }
  }

  bool Valid(const std::string& definition, const json& instance) {
    json wrapper = {{"$ref", "#/definitions/" + definition},
                    {"definitions", documents_.at(definition)}};
    valijson::Schema schema;
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter schema_adapter(wrapper);
    parser.populateSchema(schema_adapter, schema);
    valijson::Validator validator;
    valijson::adapters::NlohmannJsonAdapter target(instance);
    return validator.validate(schema, target, nullptr);
  }

 private:
  std::map<std::string, json> documents_;
};

// valijson's `pattern` uses std::regex, which recurses per character: keep it to short strings.
bool HasLongString(const json& j) {
  if (j.is_string()) return j.get_ref<const std::string&>().size() > 2048;
  if (!j.is_structured()) return false;
  for (const auto& item : j) {
    if (HasLongString(item)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Examples: valid ones validate and round-trip and .fail ones are rejected",
          "[protocol][examples]") {
  Oracle oracle;
  int valid = 0, rejected = 0;
  for (const auto& folder : fs::directory_iterator(fs::path(PROTOCOL_DIR) / "examples")) {
    std::string definition = DefinitionOf(folder.path().filename().string());
    INFO("examples/" << folder.path().filename().string());
    proto::CheckFn check = proto::FindCheck(definition);
    REQUIRE(check != nullptr);
    for (const auto& file : fs::directory_iterator(folder.path())) {
      std::string name = file.path().filename().string();
      INFO(name);
      json instance = ReadJson(file.path());
      auto errors = proto::Validate(check, instance);
      bool must_fail = name.ends_with(".fail.json");
      if (must_fail) {
        ++rejected;
        CHECK_FALSE(errors.empty());
        for (const auto& e : errors) {
          INFO(e.pointer << ": " << e.message);
          CHECK((e.pointer.empty() || instance.contains(json::json_pointer(e.pointer))));
        }
      } else {
        ++valid;
        CHECK(wire::FormatErrors(errors) == "");
        CHECK(proto::RoundTrip(definition, instance) == instance);
      }
      if (!HasLongString(instance)) CHECK(oracle.Valid(definition, instance) == !must_fail);
    }
  }
  CHECK(valid >= 20);
  CHECK(rejected >= 10);
}

TEST_CASE("Examples: the real v4 CLI connect is accepted and known bad frames are not",
          "[protocol][examples]") {
  fs::path examples = fs::path(PROTOCOL_DIR) / "examples";
  json cli = ReadJson(examples / "ConnectParams" / "real-cli-v4.json");
  CHECK(cli["client"]["id"] == "cli");
  CHECK(proto::Validate(&proto::CheckConnectParams, cli).empty());

  auto message = [&](proto::CheckFn check, const fs::path& file) {
    return wire::FormatErrors(proto::Validate(check, ReadJson(examples / file)));
  };
  CHECK(message(&proto::CheckHelloOk, "HelloOk/auth-method.fail.json") ==
        "at /auth: unexpected property 'method'");
  auto huge = proto::Validate(
      &proto::CheckGatewayIdentityGetResult,
      ReadJson(examples / "gateway.identity.get.result" / "huge-device-id.fail.json"));
  REQUIRE_FALSE(huge.empty());
  CHECK(huge[0].pointer == "/deviceId");
}
