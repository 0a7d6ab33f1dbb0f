// hooks.mappings (http.md §7, config.md `hooks`): POST <hooks.path>/<name> goes to the first
// mapping whose match fits (match.path, else the mapping's id, against <name>; match.source
// against the body's `source`). Its action turns the request into a wake or agent payload,
// the text rendered from the mapping's template.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"

namespace gateway::http::hooks {

// The first mapping for `name` and `body`; null when none fits.
const proto::HookMappingConfig* FindMapping(const std::vector<proto::HookMappingConfig>& mappings,
                                            std::string_view name, const nlohmann::json& body);

// `{{payload.a.b}}` (or `{{a.b}}`) is the body's value at that path (strings as they are, other
// values as JSON, missing ones empty); `{{path}}` is <name>. Output is capped at kMaxRendered.
inline constexpr std::size_t kMaxRendered = 256 * 1024;
std::string RenderTemplate(std::string_view text, std::string_view name,
                           const nlohmann::json& body);

// The /wake or /agent body a mapping makes of a request (its action decides which): the
// template's text (else the body's own text/message) and the mapping's fixed fields; the body's
// waitForCompletion is kept. The mapping's sessionKey is not part of it (see hook_targets).
nlohmann::json MappedBody(const proto::HookMappingConfig& mapping, std::string_view name,
                          const nlohmann::json& body);

}  // namespace gateway::http::hooks
