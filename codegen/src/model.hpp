// The typed model of protocol/: what the front end reads from YAML and every emitter consumes.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace gateway::codegen {

// Ordered, so that properties keep the order the YAML author gave them.
using Json = nlohmann::ordered_json;

struct Type;
using TypePtr = std::shared_ptr<Type>;

enum class Kind {
  kAny,  // any JSON value
  kBoolean,
  kInteger,  // int64
  kNumber,   // double
  kString,
  kEnum,  // string enum (named)
  kArray,
  kMap,       // object with arbitrary keys and one value type
  kObject,    // object with known properties (named struct)
  kUnion,     // oneOf (named)
  kRef,       // reference to a definition
  kNullable,  // T or null
  kNull,      // only null
};

struct Property {
  std::string wire_name;
  TypePtr type;
  bool required = false;
  std::optional<Json> const_value;  // a property fixed by `const`
  std::string description;
};

struct Bounds {
  std::optional<double> minimum, maximum, exclusive_minimum, exclusive_maximum;
  std::optional<std::int64_t> min_length, max_length, min_items, max_items;
  bool unique_items = false;
  std::optional<std::string> pattern;
};

struct Type {
  Kind kind = Kind::kAny;
  std::string name;  // C++/TS/Swift type name for kEnum, kObject, kUnion
  std::string description;
  Bounds bounds;
  std::optional<Json> const_value;       // const on a non-property value
  std::vector<std::string> enum_values;  // kEnum
  std::vector<Property> properties;      // kObject
  bool open = true;                      // kObject: keeps unknown keys
  TypePtr element;                       // kArray items, kMap values, kNullable inner
  std::string ref;                       // kRef: definition name
  std::vector<TypePtr> variants;         // kUnion
  std::string discriminator;             // kUnion: tag property ("" = by JSON kind)
};

struct Definition {
  std::string name;
  std::string source;  // protocol-relative YAML path, e.g. "frames.yaml"
  TypePtr type;
  Json schema;  // the draft-07 schema as bundled (x- keys removed)
};

struct ScopeRule {
  enum class Kind { kNone, kFixed, kResolver };
  Kind kind = Kind::kNone;
  std::string scope;                // kFixed
  std::string resolver;             // kResolver
  std::vector<std::string> scopes;  // kResolver: possible results
};

enum class Idempotency { kNone, kOptional, kRequired };

struct Method {
  std::string name;    // wire name, e.g. "logs.tail"
  std::string domain;  // e.g. "system"
  std::string source;
  std::string description;
  std::string role = "operator";  // operator | node | any (no role check, e.g. health)
  ScopeRule scope;
  std::string params;         // definition name
  std::string result;         // definition name
  std::string accepted;       // definition name of the first phase ("" = single phase)
  std::string error_payload;  // definition name ("" = none)
  std::vector<std::string> emits;
  Idempotency idempotency = Idempotency::kNone;
  // Replaces the generated "<pointer>: <reason>" list in "invalid <method> params: …" (a few
  // methods of the reference word their params error by hand).
  std::string invalid_params_message;
};

struct Event {
  std::string name;
  std::string domain;
  std::string source;
  std::string description;
  std::string scope;    // "" = none
  std::string payload;  // definition name
  bool drop_if_slow = false;
  bool state_version = false;
  bool pre_auth = false;
  bool targeted = false;  // sent to one addressed connection, not broadcast
};

struct Scope {
  std::string name;
  std::string description;
  bool implies_all = false;
  std::vector<std::string> implies;
};

struct NamedItem {
  std::string name;
  std::string description;
  bool deprecated = false;
};

struct Constant {
  std::string name;
  std::int64_t value = 0;
  std::string description;
};

struct Protocol {
  std::int64_t version = 0;
  std::int64_t min_version = 0;
  std::vector<Constant> constants;
  std::vector<NamedItem> roles;
  std::vector<Scope> scopes;
  std::vector<NamedItem> error_codes;
  std::vector<Definition> definitions;  // sorted by name
  std::vector<Method> methods;          // sorted by name
  std::vector<Event> events;            // sorted by name
  std::vector<std::string> domains;     // sorted

  const Definition* FindDefinition(const std::string& name) const;
  const Definition& GetDefinition(const std::string& name) const;
  // Definitions declared in one source file, sorted so that each comes after what it uses.
  std::vector<const Definition*> DefinitionsIn(const std::string& source) const;
  // Source files that declare definitions, sorted.
  std::vector<std::string> Sources() const;
};

// Every named type (object, enum, union) reachable from a definition's type, the definition's
// own type included, children before parents.
std::vector<const Type*> NamedTypesOf(const Type& root);

}  // namespace gateway::codegen
