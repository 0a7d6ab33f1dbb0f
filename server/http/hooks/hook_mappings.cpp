#include "server/http/hooks/hook_mappings.hpp"

#include "server/platform/text.hpp"
#include "server/runtime/utf8_json.hpp"

namespace gateway::http::hooks {
namespace {

using nlohmann::json;

std::string_view MatchPathOf(const proto::HookMappingConfig& mapping) {
  if (mapping.match && mapping.match->path) return *mapping.match->path;
  if (mapping.id) return *mapping.id;
  return {};
}

std::string_view Unslashed(std::string_view path) {
  while (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  return path;
}

// The value at a dotted path under `root`, or null.
const json* Lookup(const json& root, std::string_view path) {
  const json* at = &root;
  while (!path.empty()) {
    const auto dot = path.find('.');
    const std::string key(path.substr(0, dot));
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
    if (at->is_object()) {
      auto it = at->find(key);
      if (it == at->end()) return nullptr;
      at = &*it;
    } else if (at->is_array() && !key.empty() &&
               key.find_first_not_of("0123456789") == std::string::npos && key.size() < 10) {
      const auto index = std::stoul(key);
      if (index >= at->size()) return nullptr;
      at = &(*at)[index];
    } else {
      return nullptr;
    }
  }
  return at;
}

std::string ValueText(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return {};
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

const proto::HookMappingConfig* FindMapping(const std::vector<proto::HookMappingConfig>& mappings,
                                            std::string_view name, const json& body) {
  for (const auto& mapping : mappings) {
    const auto path = Unslashed(MatchPathOf(mapping));
    if (!path.empty() && path != Unslashed(name)) continue;
    if (mapping.match && mapping.match->source) {
      auto source = body.find("source");
      if (source == body.end() || !source->is_string() || *source != *mapping.match->source)
        continue;
    }
    return &mapping;
  }
  return nullptr;
}

std::string RenderTemplate(std::string_view text, std::string_view name, const json& body) {
  std::string out;
  while (!text.empty() && out.size() < kMaxRendered) {
    const auto open = text.find("{{");
    const auto close = open == std::string_view::npos ? open : text.find("}}", open + 2);
    if (close == std::string_view::npos) {
      out += text;
      break;
    }
    out += text.substr(0, open);
    const auto expression = platform::TrimAsciiSpace(text.substr(open + 2, close - open - 2));
    if (expression == "path") {
      out += name;
    } else {
      std::string_view path = expression;
      if (path == "payload") path = {};
      if (path.starts_with("payload.")) path.remove_prefix(8);
      if (const json* value = Lookup(body, path)) out += ValueText(*value);
    }
    text.remove_prefix(close + 2);
  }
  if (out.size() > kMaxRendered) out.resize(runtime::TruncateUtf8(out, kMaxRendered).size());
  return out;
}

json MappedBody(const proto::HookMappingConfig& mapping, std::string_view name, const json& body) {
  json mapped = json::object();
  auto copy = [&](const char* field) {
    if (auto it = body.find(field); it != body.end()) mapped[field] = *it;
  };
  if (mapping.action == proto::HookAction::kWake) {
    if (mapping.text_template)
      mapped["text"] = RenderTemplate(*mapping.text_template, name, body);
    else
      copy("text");
    if (mapping.wake_mode) mapped["mode"] = std::string(proto::ToString(*mapping.wake_mode));
  } else {
    if (mapping.message_template)
      mapped["message"] = RenderTemplate(*mapping.message_template, name, body);
    else
      copy("message");
    if (mapping.wake_mode) mapped["wakeMode"] = std::string(proto::ToString(*mapping.wake_mode));
    if (mapping.name) mapped["name"] = *mapping.name;
    if (mapping.deliver) mapped["deliver"] = *mapping.deliver;
    if (mapping.channel) mapped["channel"] = *mapping.channel;
    if (mapping.to) mapped["to"] = *mapping.to;
    if (mapping.model) mapped["model"] = *mapping.model;
    if (mapping.timeout_seconds) mapped["timeoutSeconds"] = *mapping.timeout_seconds;
    copy("waitForCompletion");
  }
  if (mapping.agent_id) mapped["agentId"] = *mapping.agent_id;
  return mapped;
}

}  // namespace gateway::http::hooks
