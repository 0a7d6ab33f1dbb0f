// The `web_fetch` tool (methods.md §12.1, config.md `tools.web.fetch.*`): GET a public http(s)
// page, extract readable text by content type (Markdown as sent, HTML → Markdown/text, JSON
// pretty-printed, anything else raw), wrap it as untrusted external content within maxChars
// (spilling a truncated text to a private temp file), and answer the spec's JSON result. Results
// are cached per URL, mode and maxChars for cacheTtlMinutes.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "gateway/proto/config_openclaw.hpp"
#include "server/domain/tools/tool.hpp"
#include "server/domain/tools/web/page_fetcher.hpp"

namespace gateway::domain::tools::web {

struct WebFetchSettings {
  std::int64_t max_chars = 20'000;
  std::int64_t max_chars_cap = 20'000;
  FetchLimits limits;
  std::chrono::milliseconds cache_ttl{15 * 60 * 1000};
  std::string user_agent;
  transport::HttpHeaders extra_headers;  // reserved names already dropped
  bool readability = true;
  SsrfPolicy ssrf;
  std::filesystem::path spill_dir;  // private directory for truncated texts (created on use)
};

// The settings `tools.web.fetch` gives (defaults per config.md §9), or nullopt when
// `enabled:false` (the tool is then not built at all).
std::optional<WebFetchSettings> WebFetchSettingsOf(const proto::OpenClawConfig& config);

std::unique_ptr<Tool> MakeWebFetchTool(WebFetchSettings settings, transport::HttpClient& http);

}  // namespace gateway::domain::tools::web
