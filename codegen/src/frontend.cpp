#include "frontend.hpp"

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "naming.hpp"

namespace gateway::codegen {
namespace fs = std::filesystem;
namespace {

const std::set<std::string> kSchemaKeywords = {"type",
                                               "description",
                                               "title",
                                               "default",
                                               "examples",
                                               "enum",
                                               "const",
                                               "properties",
                                               "required",
                                               "additionalProperties",
                                               "items",
                                               "minItems",
                                               "maxItems",
                                               "uniqueItems",
                                               "minLength",
                                               "maxLength",
                                               "pattern",
                                               "minimum",
                                               "maximum",
                                               "exclusiveMinimum",
                                               "exclusiveMaximum",
                                               "$ref",
                                               "oneOf",
                                               "anyOf",
                                               "x-name",
                                               "x-discriminator",
                                               "x-deprecated"};

constexpr std::string_view kRefPrefix = "#/definitions/";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SchemaError("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Removes the generator's own `x-` annotations, leaving plain draft-07.
Json StripExtensions(const Json& schema) {
  if (schema.is_object()) {
    Json out = Json::object();
    for (const auto& [key, value] : schema.items()) {
      if (key.rfind("x-", 0) == 0) continue;
      // Property maps may hold keys that look like keywords; recurse into every value.
      out[key] = StripExtensions(value);
    }
    return out;
  }
  if (schema.is_array()) {
    Json out = Json::array();
    for (const auto& item : schema) out.push_back(StripExtensions(item));
    return out;
  }
  return schema;
}

std::string Str(const Json& j, const char* key, const std::string& fallback = "") {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}

bool IsNullSchema(const Json& s) {
  return s.is_object() && s.size() <= 2 && s.contains("type") && s["type"] == "null";
}

// Builds types from schema nodes and records where each came from for error messages.
class TypeBuilder {
 public:
  explicit TypeBuilder(std::string source) : source_(std::move(source)) {}

  TypePtr Build(const Json& s, const std::string& name, const std::string& at) {
    if (!s.is_object()) Fail(at, "a schema must be an object");
    for (const auto& [key, value] : s.items()) {
      if (!kSchemaKeywords.count(key)) Fail(at, "unsupported schema keyword '" + key + "'");
    }
    std::string type_name = Str(s, "x-name", name);
    auto t = std::make_shared<Type>();
    t->description = Str(s, "description");
    ReadBounds(s, t->bounds, at);

    if (s.contains("$ref")) {
      std::string ref = Str(s, "$ref");
      if (ref.rfind(kRefPrefix, 0) != 0) Fail(at, "$ref must look like '#/definitions/Name'");
      t->kind = Kind::kRef;
      t->ref = ref.substr(kRefPrefix.size());
      refs_.push_back({t->ref, at});
      return t;
    }
    for (const char* key : {"oneOf", "anyOf"}) {
      if (s.contains(key)) return BuildUnion(s, key, type_name, at);
    }
    if (s.contains("enum")) {
      const Json& values = s["enum"];
      if (!values.is_array() || values.empty()) Fail(at, "enum must be a non-empty array");
      for (const auto& v : values) {
        if (!v.is_string()) Fail(at, "only string enums are supported");
        t->enum_values.push_back(v.get<std::string>());
      }
      t->kind = Kind::kEnum;
      t->name = type_name;
      return t;
    }
    const Json* type = s.contains("type") ? &s["type"] : nullptr;
    if (type && type->is_array()) {
      if (type->size() != 2 || !std::count(type->begin(), type->end(), "null")) {
        Fail(at, "a type list must be [T, \"null\"]");
      }
      Json inner = s;
      inner["type"] = (*type)[0] == "null" ? (*type)[1] : (*type)[0];
      t->kind = Kind::kNullable;
      t->element = Build(inner, name, at);
      return t;
    }
    if (s.contains("const")) {
      t->const_value = s["const"];
      if (!type) {
        const Json& c = s["const"];
        type = nullptr;
        t->kind = c.is_string()           ? Kind::kString
                  : c.is_boolean()        ? Kind::kBoolean
                  : c.is_number_integer() ? Kind::kInteger
                  : c.is_number()         ? Kind::kNumber
                                          : Kind::kAny;
        return t;
      }
    }
    if (!type) {
      t->kind = Kind::kAny;
      return t;
    }
    std::string tn = type->get<std::string>();
    if (tn == "string") {
      t->kind = Kind::kString;
    } else if (tn == "integer") {
      t->kind = Kind::kInteger;
    } else if (tn == "number") {
      t->kind = Kind::kNumber;
    } else if (tn == "boolean") {
      t->kind = Kind::kBoolean;
    } else if (tn == "null") {
      t->kind = Kind::kNull;
    } else if (tn == "array") {
      t->kind = Kind::kArray;
      t->element = s.contains("items") ? Build(s["items"], type_name + "Item", at + "/items")
                                       : std::make_shared<Type>();
    } else if (tn == "object") {
      BuildObject(s, *t, type_name, at);
    } else {
      Fail(at, "unknown type '" + tn + "'");
    }
    return t;
  }

  const std::vector<std::pair<std::string, std::string>>& refs() const { return refs_; }

  [[noreturn]] void Fail(const std::string& at, const std::string& message) const {
    throw SchemaError(source_ + ": at " + (at.empty() ? "/" : at) + ": " + message);
  }

 private:
  void ReadBounds(const Json& s, Bounds& b, const std::string& at) {
    auto num = [&](const char* key, std::optional<double>& out) {
      if (!s.contains(key)) return;
      if (!s[key].is_number()) Fail(at, std::string(key) + " must be a number");
      out = s[key].get<double>();
    };
    auto count = [&](const char* key, std::optional<std::int64_t>& out) {
      if (!s.contains(key)) return;
      if (!s[key].is_number_integer() || s[key].get<std::int64_t>() < 0) {
        Fail(at, std::string(key) + " must be a non-negative integer");
      }
      out = s[key].get<std::int64_t>();
    };
    num("minimum", b.minimum);
    num("maximum", b.maximum);
    num("exclusiveMinimum", b.exclusive_minimum);
    num("exclusiveMaximum", b.exclusive_maximum);
    count("minLength", b.min_length);
    count("maxLength", b.max_length);
    count("minItems", b.min_items);
    count("maxItems", b.max_items);
    b.unique_items = s.value("uniqueItems", false);
    if (s.contains("pattern")) b.pattern = s["pattern"].get<std::string>();
  }

  void BuildObject(const Json& s, Type& t, const std::string& name, const std::string& at) {
    const Json* props = s.contains("properties") ? &s["properties"] : nullptr;
    const Json* additional =
        s.contains("additionalProperties") ? &s["additionalProperties"] : nullptr;
    if (!props && additional && additional->is_object()) {
      t.kind = Kind::kMap;
      t.element = Build(*additional, name + "Value", at + "/additionalProperties");
      return;
    }
    if (additional && additional->is_object()) {
      Fail(at, "additionalProperties with a schema is only supported without properties (a map)");
    }
    t.kind = Kind::kObject;
    t.name = name;
    t.open = !(additional && additional->is_boolean() && !additional->get<bool>());
    std::set<std::string> required;
    if (s.contains("required")) {
      for (const auto& r : s["required"]) required.insert(r.get<std::string>());
    }
    if (props) {
      for (const auto& [key, value] : props->items()) {
        Property p;
        p.wire_name = key;
        p.required = required.erase(key) > 0;
        p.description = Str(value, "description");
        std::string child_at = at + "/properties/" + key;
        p.type = Build(value, name + PascalCase(key), child_at);
        if (value.contains("const")) p.const_value = value["const"];
        t.properties.push_back(std::move(p));
      }
    }
    if (!required.empty()) Fail(at, "required property '" + *required.begin() + "' is not defined");
  }

  TypePtr BuildUnion(const Json& s, const char* key, const std::string& name,
                     const std::string& at) {
    const Json& branches = s[key];
    if (!branches.is_array() || branches.size() < 2)
      Fail(at, std::string(key) + " needs 2+ branches");
    auto t = std::make_shared<Type>();
    t->description = Str(s, "description");
    // [X, null] is a nullable X, whatever the keyword.
    if (branches.size() == 2 && (IsNullSchema(branches[0]) || IsNullSchema(branches[1]))) {
      const Json& inner = IsNullSchema(branches[0]) ? branches[1] : branches[0];
      t->kind = Kind::kNullable;
      t->element = Build(inner, name, at + "/" + key);
      return t;
    }
    if (std::string(key) != "oneOf") Fail(at, "anyOf is only supported as [X, {type: null}]");
    t->kind = Kind::kUnion;
    t->name = name;
    t->discriminator = Str(s, "x-discriminator");
    for (std::size_t i = 0; i < branches.size(); ++i) {
      t->variants.push_back(Build(branches[i], name + "Variant" + std::to_string(i + 1),
                                  at + "/oneOf/" + std::to_string(i)));
    }
    return t;
  }

  std::string source_;
  std::vector<std::pair<std::string, std::string>> refs_;  // (definition, where)
};

struct Loader {
  fs::path root;
  Protocol proto;
  std::vector<std::pair<std::string, std::string>> refs;  // (definition name, where)

  Json LoadYaml(const fs::path& path) {
    return YamlToJson(ReadFile(path), fs::relative(path, root).generic_string());
  }

  std::string Rel(const fs::path& path) const { return fs::relative(path, root).generic_string(); }

  void AddDefinition(const std::string& name, const Json& schema, const std::string& source,
                     const std::string& at) {
    if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0]))) {
      throw SchemaError(source + ": definition '" + name + "' must be PascalCase");
    }
    if (proto.FindDefinition(name)) {
      throw SchemaError(source + ": definition '" + name + "' is already defined in " +
                        proto.GetDefinition(name).source);
    }
    TypeBuilder builder(source);
    Definition d;
    d.name = name;
    d.source = source;
    d.type = builder.Build(schema, name, at);
    d.schema = StripExtensions(schema);
    for (const auto& r : builder.refs()) refs.push_back({r.first, source + ": at " + r.second});
    proto.definitions.push_back(std::move(d));
  }

  void LoadDefinitions(const Json& doc, const std::string& source) {
    if (!doc.contains("definitions")) return;
    for (const auto& [name, schema] : doc["definitions"].items()) {
      AddDefinition(name, schema, source, "/definitions/" + name);
    }
  }

  // A method's params/result or an event's payload: a bare $ref names an existing definition;
  // anything else becomes a new definition called `name`.
  std::string TypeSlot(const Json& schema, const std::string& name, const std::string& source,
                       const std::string& at) {
    if (schema.is_object() && schema.size() == 1 && schema.contains("$ref")) {
      std::string ref = schema["$ref"].get<std::string>();
      if (ref.rfind(kRefPrefix, 0) != 0) throw SchemaError(source + ": at " + at + ": bad $ref");
      refs.push_back({ref.substr(kRefPrefix.size()), source + ": at " + at});
      return ref.substr(kRefPrefix.size());
    }
    AddDefinition(name, schema, source, at);
    return name;
  }

  void LoadVersion() {
    Json doc = LoadYaml(root / "version.yaml");
    proto.version = doc.at("protocol").get<std::int64_t>();
    proto.min_version = doc.at("minProtocol").get<std::int64_t>();
    if (doc.contains("constants")) {
      for (const auto& [name, c] : doc["constants"].items()) {
        Constant k;
        k.name = name;
        k.value = c.is_object() ? c.at("value").get<std::int64_t>() : c.get<std::int64_t>();
        k.description = c.is_object() ? Str(c, "description") : "";
        proto.constants.push_back(k);
      }
    }
  }

  void LoadScopes() {
    if (!fs::exists(root / "scopes.yaml")) return;
    Json doc = LoadYaml(root / "scopes.yaml");
    const Json roles = doc.value("roles", Json::object());
    for (const auto& [name, r] : roles.items()) {
      proto.roles.push_back({name, Str(r, "description")});
    }
    const Json scopes = doc.value("scopes", Json::object());
    for (const auto& [name, s] : scopes.items()) {
      Scope scope;
      scope.name = name;
      scope.description = Str(s, "description");
      if (s.contains("implies")) {
        if (s["implies"] == "all") {
          scope.implies_all = true;
        } else {
          for (const auto& i : s["implies"]) scope.implies.push_back(i.get<std::string>());
        }
      }
      proto.scopes.push_back(scope);
    }
  }

  void LoadErrors() {
    if (!fs::exists(root / "errors.yaml")) return;
    Json doc = LoadYaml(root / "errors.yaml");
    const Json codes = doc.value("codes", Json::object());
    for (const auto& [code, e] : codes.items()) {
      proto.error_codes.push_back({code, Str(e, "description"), e.value("deprecated", false)});
    }
    LoadDefinitions(doc, "errors.yaml");
  }

  ScopeRule ParseScope(const Json& s, const std::string& where) {
    ScopeRule rule;
    if (s.is_null() || s == "none") return rule;
    if (s.is_string()) {
      rule.kind = ScopeRule::Kind::kFixed;
      rule.scope = s.get<std::string>();
      return rule;
    }
    if (s.is_object() && s.contains("resolver")) {
      rule.kind = ScopeRule::Kind::kResolver;
      rule.resolver = s["resolver"].get<std::string>();
      for (const auto& x : s.at("scopes")) rule.scopes.push_back(x.get<std::string>());
      if (rule.scopes.empty()) throw SchemaError(where + ": a resolver lists its possible scopes");
      return rule;
    }
    throw SchemaError(where + ": scope must be none, a scope name or {resolver, scopes}");
  }

  void LoadMethods(const fs::path& path) {
    std::string source = Rel(path);
    Json doc = LoadYaml(path);
    std::string domain = doc.at("domain").get<std::string>();
    proto.domains.push_back(domain);
    LoadDefinitions(doc, source);
    const Json methods = doc.value("methods", Json::object());
    for (const auto& [name, m] : methods.items()) {
      std::string where = source + ": method " + name;
      Method method;
      method.name = name;
      method.domain = domain;
      method.source = source;
      method.description = Str(m, "description");
      method.role = Str(m, "role", "operator");
      method.scope = ParseScope(m.contains("scope") ? m["scope"] : Json(), where);
      std::string base = PascalCase(name);
      std::string at = "/methods/" + name;
      method.params = TypeSlot(m.value("params", Json{{"type", "object"}}), base + "Params", source,
                               at + "/params");
      if (!m.contains("result")) throw SchemaError(where + ": result is required");
      method.result = TypeSlot(m["result"], base + "Result", source, at + "/result");
      if (m.contains("accepted")) {
        method.accepted = TypeSlot(m["accepted"], base + "Accepted", source, at + "/accepted");
      }
      if (m.contains("errorPayload")) {
        method.error_payload =
            TypeSlot(m["errorPayload"], base + "ErrorPayload", source, at + "/errorPayload");
      }
      method.invalid_params_message = Str(m, "invalidParamsMessage");
      const Json emits = m.value("emits", Json::array());
      for (const auto& e : emits) method.emits.push_back(e.get<std::string>());
      for (const auto& [key, value] : m.items()) {
        static const std::set<std::string> kKeys = {
            "description",  "role",   "scope",
            "params",       "result", "accepted",
            "errorPayload", "emits",  "invalidParamsMessage"};
        if (!kKeys.count(key)) throw SchemaError(where + ": unknown key '" + key + "'");
      }
      proto.methods.push_back(std::move(method));
    }
  }

  void LoadEvents(const fs::path& path) {
    std::string source = Rel(path);
    Json doc = LoadYaml(path);
    std::string domain = doc.at("domain").get<std::string>();
    LoadDefinitions(doc, source);
    const Json events = doc.value("events", Json::object());
    for (const auto& [name, e] : events.items()) {
      std::string where = source + ": event " + name;
      Event event;
      event.name = name;
      event.domain = domain;
      event.source = source;
      event.description = Str(e, "description");
      ScopeRule scope = ParseScope(e.contains("scope") ? e["scope"] : Json(), where);
      if (scope.kind == ScopeRule::Kind::kResolver)
        throw SchemaError(where + ": events take a fixed scope");
      event.scope = scope.scope;
      event.drop_if_slow = e.value("dropIfSlow", false);
      event.state_version = e.value("stateVersion", false);
      event.pre_auth = e.value("preAuth", false);
      std::string target = Str(e, "target", "broadcast");
      if (target != "broadcast" && target != "connection")
        throw SchemaError(where + ": bad target");
      event.targeted = target == "connection";
      if (!e.contains("payload")) throw SchemaError(where + ": payload is required");
      event.payload = TypeSlot(e["payload"], PascalCase(name) + "Event", source,
                               "/events/" + name + "/payload");
      for (const auto& [key, value] : e.items()) {
        static const std::set<std::string> kKeys = {
            "description", "scope", "dropIfSlow", "stateVersion", "preAuth", "target", "payload"};
        if (!kKeys.count(key)) throw SchemaError(where + ": unknown key '" + key + "'");
      }
      proto.events.push_back(std::move(event));
    }
  }

  static std::vector<fs::path> YamlFiles(const fs::path& dir) {
    std::vector<fs::path> out;
    if (!fs::is_directory(dir)) return out;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".yaml") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  void CheckReferences() {
    std::set<std::string> scopes;
    for (const auto& s : proto.scopes) scopes.insert(s.name);
    std::set<std::string> roles;
    for (const auto& r : proto.roles) roles.insert(r.name);
    for (const auto& [name, where] : refs) {
      if (!proto.FindDefinition(name))
        throw SchemaError(where + ": unknown definition '" + name + "'");
    }
    auto check_scope = [&](const std::string& scope, const std::string& where) {
      if (!scope.empty() && !scopes.count(scope))
        throw SchemaError(where + ": unknown scope '" + scope + "'");
    };
    std::set<std::string> event_names;
    for (const auto& e : proto.events) {
      if (!event_names.insert(e.name).second)
        throw SchemaError(e.source + ": event " + e.name + " defined twice");
      check_scope(e.scope, e.source + ": event " + e.name);
    }
    std::set<std::string> method_names;
    for (auto& m : proto.methods) {
      std::string where = m.source + ": method " + m.name;
      if (!method_names.insert(m.name).second) throw SchemaError(where + ": defined twice");
      if (m.role != "any" && !roles.count(m.role))
        throw SchemaError(where + ": unknown role '" + m.role + "'");
      check_scope(m.scope.scope, where);
      for (const auto& s : m.scope.scopes) check_scope(s, where);
      for (const auto& e : m.emits) {
        if (!event_names.count(e)) throw SchemaError(where + ": emits unknown event '" + e + "'");
      }
      const Type* params = proto.GetDefinition(m.params).type.get();
      if (params->kind == Kind::kObject) {
        for (const auto& p : params->properties) {
          if (p.wire_name == "idempotencyKey") {
            m.idempotency = p.required ? Idempotency::kRequired : Idempotency::kOptional;
          }
        }
      }
    }
    for (const auto& s : proto.scopes) {
      for (const auto& i : s.implies) check_scope(i, "scopes.yaml: " + s.name);
    }
  }

  void CheckUnions() {
    for (const auto& d : proto.definitions) {
      std::function<void(const Type&)> visit = [&](const Type& t) {
        if (t.kind == Kind::kUnion) CheckUnion(t, d);
        if (t.element) visit(*t.element);
        for (const auto& p : t.properties) visit(*p.type);
        for (const auto& v : t.variants) visit(*v);
      };
      visit(*d.type);
    }
  }

  const Type& Resolve(const Type& t) const {
    return t.kind == Kind::kRef ? Resolve(*proto.GetDefinition(t.ref).type) : t;
  }

  void CheckUnion(const Type& u, const Definition& d) {
    std::string where = d.source + ": union " + u.name;
    if (!u.discriminator.empty()) {
      for (const auto& v : u.variants) {
        const Type& obj = Resolve(*v);
        auto it = std::find_if(obj.properties.begin(), obj.properties.end(),
                               [&](const Property& p) { return p.wire_name == u.discriminator; });
        if (obj.kind != Kind::kObject || it == obj.properties.end() || !it->const_value ||
            !it->const_value->is_string() || !it->required) {
          throw SchemaError(where +
                            ": every branch must be an object with a required string const '" +
                            u.discriminator + "'");
        }
      }
      return;
    }
    std::set<std::string> kinds;
    for (const auto& v : u.variants) {
      const Type& r = Resolve(*v);
      std::string k = r.kind == Kind::kObject || r.kind == Kind::kMap       ? "object"
                      : r.kind == Kind::kEnum                               ? "string"
                      : r.kind == Kind::kInteger || r.kind == Kind::kNumber ? "number"
                      : r.kind == Kind::kString                             ? "string"
                      : r.kind == Kind::kBoolean                            ? "boolean"
                      : r.kind == Kind::kArray                              ? "array"
                                                                            : "other";
      if (k == "other" || !kinds.insert(k).second) {
        throw SchemaError(where + ": without x-discriminator, branches need distinct JSON types");
      }
    }
  }

  void Load() {
    LoadVersion();
    LoadScopes();
    LoadErrors();
    for (const char* name : {"frames.yaml"}) {
      if (fs::exists(root / name)) LoadDefinitions(LoadYaml(root / name), name);
    }
    for (const auto& path : YamlFiles(root / "events")) LoadEvents(path);
    for (const auto& path : YamlFiles(root / "methods")) LoadMethods(path);
    for (const auto& path : YamlFiles(root / "config")) LoadDefinitions(LoadYaml(path), Rel(path));
    auto by_name = [](const auto& a, const auto& b) { return a.name < b.name; };
    std::sort(proto.definitions.begin(), proto.definitions.end(), by_name);
    std::sort(proto.methods.begin(), proto.methods.end(), by_name);
    std::sort(proto.events.begin(), proto.events.end(), by_name);
    std::sort(proto.domains.begin(), proto.domains.end());
    CheckReferences();
    CheckUnions();
    for (const auto& source : proto.Sources()) proto.DefinitionsIn(source);  // detects cycles
  }
};

void CollectRefs(const Type& t, std::set<std::string>& out) {
  if (t.kind == Kind::kRef) out.insert(t.ref);
  if (t.element) CollectRefs(*t.element, out);
  for (const auto& p : t.properties) CollectRefs(*p.type, out);
  for (const auto& v : t.variants) CollectRefs(*v, out);
}

}  // namespace

const Definition* Protocol::FindDefinition(const std::string& name) const {
  for (const auto& d : definitions) {
    if (d.name == name) return &d;
  }
  return nullptr;
}

const Definition& Protocol::GetDefinition(const std::string& name) const {
  const Definition* d = FindDefinition(name);
  if (!d) throw SchemaError("unknown definition '" + name + "'");
  return *d;
}

std::vector<std::string> Protocol::Sources() const {
  std::set<std::string> sources;
  for (const auto& d : definitions) sources.insert(d.source);
  return {sources.begin(), sources.end()};
}

std::vector<const Definition*> Protocol::DefinitionsIn(const std::string& source) const {
  std::vector<const Definition*> out;
  std::set<std::string> done, visiting;
  std::function<void(const Definition&)> visit = [&](const Definition& d) {
    if (done.count(d.name)) return;
    if (!visiting.insert(d.name).second) {
      throw SchemaError(d.source + ": definition " + d.name +
                        " refers to itself (cycles are not supported)");
    }
    std::set<std::string> deps;
    CollectRefs(*d.type, deps);
    for (const auto& dep : deps) {
      const Definition& other = GetDefinition(dep);
      if (other.source == source) visit(other);
    }
    visiting.erase(d.name);
    done.insert(d.name);
    if (d.source == source) out.push_back(&d);
  };
  for (const auto& d : definitions) {
    if (d.source == source) visit(d);
  }
  return out;
}

std::vector<const Type*> NamedTypesOf(const Type& root) {
  std::vector<const Type*> out;
  std::function<void(const Type&)> visit = [&](const Type& t) {
    if (t.element) visit(*t.element);
    for (const auto& p : t.properties) visit(*p.type);
    for (const auto& v : t.variants) visit(*v);
    if (t.kind == Kind::kObject || t.kind == Kind::kEnum || t.kind == Kind::kUnion)
      out.push_back(&t);
  };
  visit(root);
  return out;
}

Protocol LoadProtocol(const fs::path& root) {
  Loader loader{root, {}, {}};
  loader.Load();
  return std::move(loader.proto);
}

}  // namespace gateway::codegen
