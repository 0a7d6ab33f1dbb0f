#include "server/domain/agents/memory_search.hpp"

#include "server/domain/agents/agent_config.hpp"

namespace gateway::domain::agents {
namespace {

using nlohmann::json;

const json* Member(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::expected<std::optional<std::string>, std::string> StringAt(const json& search, const char* key,
                                                                const std::string& path) {
  const json* value = Member(search, key);
  if (!value) return std::nullopt;
  if (!value->is_string()) return std::unexpected(path + "." + key + " must be a string");
  return value->get<std::string>();
}

}  // namespace

std::expected<MemorySearchConfig, std::string> MemorySearchFor(const proto::OpenClawConfig& config,
                                                               std::string_view agent_id) {
  json merged = json::object();
  std::string key_path = "memory.search";
  if (config.memory) {
    if (const json* search = Member(config.memory->unknown_fields, "search")) {
      if (!search->is_object()) return std::unexpected("memory.search must be an object");
      merged = *search;
    }
  }
  bool agent_key = false;
  if (const auto* entry = AgentEntry(config, agent_id)) {
    if (const json* memory = Member(entry->unknown_fields, "memory")) {
      if (const json* search = Member(*memory, "search")) {
        const std::string path = "agents.entries." + std::string(agent_id) + ".memory.search";
        if (!search->is_object()) return std::unexpected(path + " must be an object");
        if (const json* remote = Member(*search, "remote"); remote && Member(*remote, "apiKey"))
          agent_key = true;
        merged.merge_patch(*search);
        key_path = path;
      }
    }
  }

  MemorySearchConfig out;
  const std::string path = key_path;
  if (const json* enabled = Member(merged, "enabled")) {
    if (!enabled->is_boolean()) return std::unexpected(path + ".enabled must be a boolean");
    out.enabled = enabled->get<bool>();
  }
  auto provider = StringAt(merged, "provider", path);
  if (!provider) return std::unexpected(provider.error());
  if (*provider && !(*provider)->empty()) out.provider = **provider;
  auto model = StringAt(merged, "model", path);
  if (!model) return std::unexpected(model.error());
  if (*model && !(*model)->empty()) out.model = **model;
  if (const json* dims = Member(merged, "outputDimensionality")) {
    if (!dims->is_number_integer() || dims->get<std::int64_t>() <= 0)
      return std::unexpected(path + ".outputDimensionality must be a positive integer");
    out.output_dimensionality = dims->get<std::int64_t>();
  }
  if (const json* remote = Member(merged, "remote")) {
    if (!remote->is_object()) return std::unexpected(path + ".remote must be an object");
    auto base_url = StringAt(*remote, "baseUrl", path + ".remote");
    if (!base_url) return std::unexpected(base_url.error());
    if (*base_url && !(*base_url)->empty()) out.base_url = **base_url;
    if (const json* key = Member(*remote, "apiKey")) {
      out.api_key = *key;
      out.api_key_path = (agent_key ? key_path : std::string("memory.search")) + ".remote.apiKey";
    }
    if (const json* headers = Member(*remote, "headers")) {
      if (!headers->is_object()) return std::unexpected(path + ".remote.headers must be an object");
      for (const auto& [name, value] : headers->items()) {
        if (!value.is_string())
          return std::unexpected(path + ".remote.headers." + name + " must be a string");
        out.headers.emplace_back(name, value.get<std::string>());
      }
    }
  }
  return out;
}

}  // namespace gateway::domain::agents
