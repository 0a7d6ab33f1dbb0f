#include <yaml-cpp/yaml.h>

#include <regex>

#include "frontend.hpp"

namespace gateway::codegen {
namespace {

Json ScalarToJson(const YAML::Node& node) {
  const std::string& text = node.Scalar();
  if (node.Tag() == "!") return text;  // quoted: always a string
  if (text.empty() || text == "~" || text == "null") return nullptr;
  if (text == "true") return true;
  if (text == "false") return false;
  static const std::regex kInt("^[-+]?[0-9]+$");
  static const std::regex kFloat(R"(^[-+]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)([eE][-+]?[0-9]+)?$)");
  if (std::regex_match(text, kInt)) return std::stoll(text);
  if (std::regex_match(text, kFloat)) return std::stod(text);
  return text;
}

Json NodeToJson(const YAML::Node& node, const std::string& label) {
  switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return nullptr;
    case YAML::NodeType::Scalar:
      return ScalarToJson(node);
    case YAML::NodeType::Sequence: {
      Json out = Json::array();
      for (const auto& item : node) out.push_back(NodeToJson(item, label));
      return out;
    }
    case YAML::NodeType::Map: {
      // Json is ordered: properties keep the author's order in structs and docs.
      Json out = Json::object();
      for (const auto& kv : node) {
        std::string key = kv.first.as<std::string>();
        if (out.contains(key)) throw SchemaError(label + ": duplicate key '" + key + "'");
        out[key] = NodeToJson(kv.second, label);
      }
      return out;
    }
  }
  return nullptr;
}

}  // namespace

Json YamlToJson(const std::string& yaml_text, const std::string& file_label) {
  try {
    return NodeToJson(YAML::Load(yaml_text), file_label);
  } catch (const YAML::Exception& e) {
    throw SchemaError(file_label + ": " + e.what());
  }
}

}  // namespace gateway::codegen
