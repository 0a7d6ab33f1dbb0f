// Front-end behaviour on good and bad protocol definitions: errors name the file and the pointer.
#include "frontend.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>

#include "naming.hpp"

namespace fs = std::filesystem;
using namespace gateway::codegen;

namespace {

using Files = std::map<std::string, std::string>;

// A throwaway protocol directory with a version file and the given files.
class TempProtocol {
 public:
  explicit TempProtocol(std::map<std::string, std::string> files) {
    root_ = fs::temp_directory_path() /
            ("codegen-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::remove_all(root_);
    files.try_emplace("version.yaml", "protocol: 4\nminProtocol: 3\n");
    files.try_emplace("scopes.yaml",
                      "roles: {operator: {}, node: {}}\nscopes: {s.read: {implies: []}, s.admin: "
                      "{implies: all}}\n");
    for (const auto& [path, text] : files) {
      fs::create_directories((root_ / path).parent_path());
      std::ofstream(root_ / path) << text;
    }
  }
  ~TempProtocol() { fs::remove_all(root_); }
  const fs::path& root() const { return root_; }

 private:
  static inline int counter_ = 0;
  fs::path root_;
};

std::string LoadError(std::map<std::string, std::string> files) {
  TempProtocol p(std::move(files));
  try {
    LoadProtocol(p.root());
  } catch (const SchemaError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("Frontend: YAML scalars keep their YAML types", "[codegen][frontend]") {
  Json j = YamlToJson("a: 4\nb: '4'\nc: true\nd: null\ne: 1.5\nf: text\ng: [x, 2]\n", "t.yaml");
  CHECK(j["a"] == 4);
  CHECK(j["b"] == "4");
  CHECK(j["c"] == true);
  CHECK(j["d"].is_null());
  CHECK(j["e"] == 1.5);
  CHECK(j["f"] == "text");
  CHECK(j["g"] == Json::array({"x", 2}));
}

TEST_CASE("Frontend: property order follows the YAML", "[codegen][frontend]") {
  TempProtocol p(
      Files{{"frames.yaml",
             "definitions:\n  A:\n    type: object\n    properties:\n      zeta: {type: string}\n"
             "      alpha: {type: string}\n"}});
  Protocol proto = LoadProtocol(p.root());
  const auto& props = proto.GetDefinition("A").type->properties;
  REQUIRE(props.size() == 2);
  CHECK(props[0].wire_name == "zeta");
  CHECK(props[1].wire_name == "alpha");
}

TEST_CASE("Frontend: methods derive names, idempotency and two-phase", "[codegen][frontend]") {
  TempProtocol p(
      Files{{"methods/x.yaml",
             "domain: x\nmethods:\n  x.do-it:\n    scope: s.read\n    params:\n      type: object\n"
             "      required: [idempotencyKey]\n      properties:\n        idempotencyKey: {type: "
             "string}\n"
             "    accepted: {type: object}\n    result: {type: array, items: {type: string}}\n"}});
  Protocol proto = LoadProtocol(p.root());
  REQUIRE(proto.methods.size() == 1);
  const Method& m = proto.methods[0];
  CHECK(m.params == "XDoItParams");
  CHECK(m.result == "XDoItResult");
  CHECK(m.accepted == "XDoItAccepted");
  CHECK(m.idempotency == Idempotency::kRequired);
  CHECK(proto.GetDefinition("XDoItResult").type->kind == Kind::kArray);
}

TEST_CASE("Frontend: nullable and optional are distinct", "[codegen][frontend]") {
  TempProtocol p(Files{{"frames.yaml",
                        "definitions:\n  A:\n    type: object\n    required: [n]\n    properties:\n"
                        "      n: {type: [string, 'null']}\n      o: {type: string}\n"
                        "      r: {anyOf: [{$ref: '#/definitions/B'}, {type: 'null'}]}\n"
                        "  B: {type: object}\n"}});
  Protocol proto = LoadProtocol(p.root());
  const auto& props = proto.GetDefinition("A").type->properties;
  CHECK(props[0].required);
  CHECK(props[0].type->kind == Kind::kNullable);
  CHECK_FALSE(props[1].required);
  CHECK(props[1].type->kind == Kind::kString);
  CHECK(props[2].type->kind == Kind::kNullable);
  CHECK(props[2].type->element->kind == Kind::kRef);
}

TEST_CASE("Frontend: bad definitions are refused with their location", "[codegen][frontend]") {
  SECTION("unsupported keyword") {
    auto e = LoadError(
        {{"frames.yaml",
          "definitions:\n  A: {type: object, properties: {x: {type: string, format: uri}}}\n"}});
    CHECK(e == "frames.yaml: at /definitions/A/properties/x: unsupported schema keyword 'format'");
  }
  SECTION("unknown reference") {
    auto e = LoadError({{"frames.yaml", "definitions:\n  A: {$ref: '#/definitions/Nope'}\n"}});
    CHECK(e == "frames.yaml: at /definitions/A: unknown definition 'Nope'");
  }
  SECTION("reference in another form") {
    auto e = LoadError({{"frames.yaml", "definitions:\n  A: {$ref: 'other.json#/X'}\n"}});
    CHECK(e.find("$ref must look like '#/definitions/Name'") != std::string::npos);
  }
  SECTION("definition defined twice") {
    auto e = LoadError({{"frames.yaml", "definitions:\n  A: {type: string}\n"},
                        {"errors.yaml", "definitions:\n  A: {type: string}\n"}});
    CHECK(e.find("definition 'A' is already defined in") != std::string::npos);
  }
  SECTION("required property that does not exist") {
    auto e = LoadError(
        {{"frames.yaml", "definitions:\n  A: {type: object, required: [x], properties: {}}\n"}});
    CHECK(e == "frames.yaml: at /definitions/A: required property 'x' is not defined");
  }
  SECTION("union branches of the same JSON type without a discriminator") {
    auto e =
        LoadError({{"frames.yaml",
                    "definitions:\n  A: {oneOf: [{type: string}, {type: string, enum: [a]}]}\n"}});
    CHECK(e.find("branches need distinct JSON types") != std::string::npos);
  }
  SECTION("tagged union branch without the tag") {
    auto e = LoadError(
        {{"frames.yaml",
          "definitions:\n  A:\n    x-discriminator: kind\n    oneOf:\n"
          "      - {type: object, required: [kind], properties: {kind: {type: string, const: a}}}\n"
          "      - {type: object, properties: {other: {type: string}}}\n"}});
    CHECK(e.find("every branch must be an object with a required string const 'kind'") !=
          std::string::npos);
  }
  SECTION("unknown scope") {
    auto e =
        LoadError({{"methods/x.yaml",
                    "domain: x\nmethods:\n  x.y: {scope: s.write, result: {type: object}}\n"}});
    CHECK(e == "methods/x.yaml: method x.y: unknown scope 's.write'");
  }
  SECTION("unknown method key") {
    auto e =
        LoadError({{"methods/x.yaml",
                    "domain: x\nmethods:\n  x.y: {scopes: s.read, result: {type: object}}\n"}});
    CHECK(e == "methods/x.yaml: method x.y: unknown key 'scopes'");
  }
  SECTION("emitting an undeclared event") {
    auto e = LoadError({{"methods/x.yaml",
                         "domain: x\nmethods:\n  x.y: {emits: [nope], result: {type: object}}\n"}});
    CHECK(e == "methods/x.yaml: method x.y: emits unknown event 'nope'");
  }
  SECTION("a cycle between definitions") {
    auto e = LoadError(
        {{"frames.yaml",
          "definitions:\n  A: {type: object, properties: {b: {$ref: '#/definitions/B'}}}\n"
          "  B: {type: object, properties: {a: {$ref: '#/definitions/A'}}}\n"}});
    CHECK(e.find("refers to itself") != std::string::npos);
  }
  SECTION("duplicate YAML key") {
    auto e =
        LoadError({{"frames.yaml", "definitions:\n  A: {type: string}\n  A: {type: integer}\n"}});
    CHECK(e.find("duplicate key 'A'") != std::string::npos);
  }
}

TEST_CASE("Naming: identifiers in each language", "[codegen][naming]") {
  CHECK(PascalCase("logs.tail") == "LogsTail");
  CHECK(PascalCase("system-presence") == "SystemPresence");
  CHECK(PascalCase("gateway.identity.get") == "GatewayIdentityGet");
  CHECK(CppFieldName("minProtocol") == "min_protocol");
  CHECK(CppFieldName("retryAfterMs") == "retry_after_ms");
  CHECK(CppFieldName("URLPath") == "url_path");
  CHECK(CppFieldName("$schema") == "schema");
  CHECK(CppFieldName("default") == "default_");
  CHECK(CppFieldName("0") == "f_0");
  CHECK(CppConstantName("allow-once") == "kAllowOnce");
  CHECK(CppConstantName("operator.read") == "kOperatorRead");
  CHECK(ScreamingSnake("maxPayload") == "MAX_PAYLOAD");
  CHECK(SwiftIdentifier("protocol") == "`protocol`");
  CHECK(SwiftIdentifier("minProtocol") == "minProtocol");
  CHECK(SwiftIdentifier("openclaw-control-ui") == "openclawControlUi");
  CHECK(IsTsIdentifier("$schema"));
  CHECK_FALSE(IsTsIdentifier("x-name"));
}
