#include "server/domain/tools/web/web_fetch_tool.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <map>
#include <mutex>

#include "server/domain/tools/web/external_content.hpp"
#include "server/domain/tools/web/html_text.hpp"
#include "server/platform/text.hpp"
#include "server/runtime/utf8_json.hpp"

namespace gateway::domain::tools::web {
namespace {

using nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

constexpr std::string_view kSourceLabel = "Web Fetch";
constexpr std::string_view kDefaultUserAgent =
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_2) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36";
constexpr std::int64_t kMinResponseBytes = 32'000;
constexpr std::int64_t kMaxResponseBytes = 10'000'000;
constexpr std::size_t kErrorDetailChars = 4'000;
constexpr std::size_t kSpillMaxChars = 2'000'000;
constexpr std::size_t kCacheEntries = 100;

// Headers the fetch sets itself or that would change what is fetched.
constexpr std::array<std::string_view, 10> kReservedHeaders = {
    "accept",         "accept-language", "user-agent",
    "host",           "content-length",  "content-type",
    "connection",     "cookie",          "transfer-encoding",
    "accept-encoding"};

std::string IsoNow() {
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch());
  const std::time_t seconds = static_cast<std::time_t>(ms.count() / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[64];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(ms.count() % 1000));
  return text;
}

// "text/html; charset=utf-8" → "text/html".
std::string BareContentType(std::string_view header) {
  return std::string(platform::TrimAsciiSpace(header.substr(0, header.find(';'))));
}

struct Extracted {
  std::string text;
  std::string title;
  std::string extractor;
};

Extracted ExtractHtml(std::string_view body, bool readability, bool text_mode) {
  Extracted out;
  HtmlText page = HtmlToMarkdown(body, readability);
  out.extractor = "readability";
  if (!readability || platform::TrimAsciiSpace(page.markdown).empty()) {
    page = HtmlToMarkdown(body, false);
    out.extractor = "raw-html";
  }
  out.title = page.title;
  out.text = text_mode ? MarkdownToText(page.markdown) : std::move(page.markdown);
  return out;
}

Extracted Extract(const std::string& content_type, std::string_view body, bool readability,
                  bool text_mode) {
  const std::string type = platform::AsciiLower(content_type);
  if (type.find("text/markdown") != std::string::npos) {
    return {text_mode ? MarkdownToText(body) : std::string(body), "", "cf-markdown"};
  }
  if (type.find("text/html") != std::string::npos) return ExtractHtml(body, readability, text_mode);
  if (type.find("application/json") != std::string::npos ||
      type.find("+json") != std::string::npos) {
    const auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (!parsed.is_discarded()) return {runtime::DumpJson(parsed, 2), "", "json"};
  }
  return {std::string(body), "", "raw"};
}

// The failure text of a non-2xx answer: its body as text, cut and wrapped.
std::string ErrorDetail(const FetchedPage& page) {
  std::string detail = page.body;
  if (platform::AsciiLower(page.content_type).find("text/html") != std::string::npos ||
      LooksLikeHtml(detail)) {
    const HtmlText html = HtmlToMarkdown(detail, false);
    detail = MarkdownToText(html.title.empty() ? html.markdown : html.title + "\n" + html.markdown);
  }
  detail = std::string(runtime::Utf16Prefix(platform::TrimAsciiSpace(detail), kErrorDetailChars));
  if (detail.empty()) detail = page.reason;
  return WrapToFit(detail, kSourceLabel, kErrorDetailChars).text;
}

// The private spill directory: ours alone (0700), or none.
bool PrepareSpillDir(const std::filesystem::path& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  struct stat info {};
  if (::lstat(dir.c_str(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::getuid()) {
    return false;
  }
  return ::chmod(dir.c_str(), 0700) == 0;
}

struct Spill {
  std::string path;
  std::size_t chars = 0;
  bool truncated = false;
};

std::optional<Spill> SpillText(const std::filesystem::path& dir, std::string_view text) {
  if (dir.empty() || !PrepareSpillDir(dir)) return std::nullopt;
  std::string name = (dir / "web-fetch-XXXXXX.txt").string();
  const int fd = ::mkstemps(name.data(), 4);
  if (fd < 0) return std::nullopt;
  Spill spill;
  const std::string_view kept = runtime::Utf16Prefix(text, kSpillMaxChars);
  spill.truncated = kept.size() < text.size();
  spill.chars = runtime::Utf16Length(kept);
  spill.path = name;
  std::size_t written = 0;
  while (written < kept.size()) {
    const ssize_t n = ::write(fd, kept.data() + written, kept.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (written < kept.size()) {
    ::unlink(name.c_str());
    return std::nullopt;
  }
  return spill;
}

// A small TTL cache of finished results (the spec's 15 minutes per URL, mode and maxChars).
class ResultCache {
 public:
  std::optional<ordered_json> Get(const std::string& key) {
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    if (it->second.expires <= Clock::now()) {
      entries_.erase(it);
      return std::nullopt;
    }
    return it->second.payload;
  }

  void Put(const std::string& key, const ordered_json& payload, std::chrono::milliseconds ttl) {
    if (ttl.count() <= 0) return;
    std::lock_guard lock(mutex_);
    const auto now = Clock::now();
    std::erase_if(entries_, [&](const auto& entry) { return entry.second.expires <= now; });
    if (entries_.size() >= kCacheEntries) {
      entries_.erase(std::min_element(entries_.begin(), entries_.end(), [](auto& a, auto& b) {
        return a.second.expires < b.second.expires;
      }));
    }
    entries_[key] = {now + ttl, payload};
  }

 private:
  struct Entry {
    Clock::time_point expires;
    ordered_json payload;
  };
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

ToolResult ResultOf(const ordered_json& payload) {
  ToolResult result;
  // In the reference's key order (an ordered_json keeps insertion order).
  result.text = payload.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  result.details = nlohmann::json::parse(result.text);
  return result;
}

class WebFetchTool final : public Tool {
 public:
  WebFetchTool(WebFetchSettings settings, transport::HttpClient& http)
      : settings_(std::move(settings)),
        fetcher_(http, SsrfGuard(settings_.ssrf), settings_.limits, RequestHeaders(settings_)) {}

  std::string_view name() const override { return "web_fetch"; }
  std::string_view description() const override {
    return "Fetch and extract readable content from a URL (HTML → markdown/text). Use for "
           "lightweight page access without browser automation.";
  }
  const nlohmann::json& parameters() const override {
    static const nlohmann::json schema = {
        {"type", "object"},
        {"required", {"url"}},
        {"properties",
         {{"url", {{"type", "string"}, {"description", "HTTP or HTTPS URL to fetch."}}},
          {"extractMode",
           {{"type", "string"},
            {"enum", {"markdown", "text"}},
            {"default", "markdown"},
            {"description", "Extraction mode (\"markdown\" or \"text\")."}}},
          {"maxChars",
           {{"type", "integer"},
            {"minimum", 100},
            {"description", "Maximum characters to return (truncates when exceeded)."}}}}}};
    return schema;
  }

  ToolResult Run(const nlohmann::json& args, const ToolContext& context) const override {
    const auto started = Clock::now();
    const std::string url(platform::TrimAsciiSpace(args.at("url").get<std::string>()));
    const bool text_mode = args.value("extractMode", std::string("markdown")) == "text";
    const std::int64_t max_chars =
        std::min(std::max<std::int64_t>(100, args.value("maxChars", settings_.max_chars)),
                 settings_.max_chars_cap);
    const std::string key =
        url + '\n' + (text_mode ? "text" : "markdown") + '\n' + std::to_string(max_chars);
    if (auto cached = cache_.Get(key)) {
      (*cached)["cached"] = true;
      return ResultOf(*cached);
    }
    const std::string scheme = platform::AsciiLower(url.substr(0, url.find("://")));
    if (url.find("://") == std::string::npos || (scheme != "http" && scheme != "https")) {
      throw ToolFailure("Invalid URL: must be http or https");
    }

    const FetchedPage page = fetcher_.Fetch(url, context.cancel);
    if (page.status < 200 || page.status > 299) {
      throw ToolFailure("Web fetch failed (" + std::to_string(page.status) +
                        "): " + ErrorDetail(page));
    }
    std::string body = page.body;
    if (page.body_capped) body.resize(runtime::CompleteUtf8Prefix(body));
    body = runtime::SanitizeUtf8(body);
    const std::string content_type =
        page.content_type.empty() ? "application/octet-stream" : BareContentType(page.content_type);
    const Extracted extracted = Extract(page.content_type, body, settings_.readability, text_mode);

    ordered_json payload;
    payload["url"] = url;
    payload["finalUrl"] = page.final_url;
    payload["status"] = page.status;
    payload["contentType"] = content_type;
    if (!extracted.title.empty()) {
      payload["title"] = WrapExternalContent(extracted.title, kSourceLabel, false);
    }
    payload["extractMode"] = text_mode ? "text" : "markdown";
    payload["extractor"] = extracted.extractor;
    payload["externalContent"] = {{"untrusted", true}, {"source", "web_fetch"}, {"wrapped", true}};
    AddText(payload, extracted.text, static_cast<std::size_t>(max_chars), started);
    if (page.body_capped) {
      payload["warning"] =
          WrapExternalContent("Response body incomplete after " +
                                  std::to_string(settings_.limits.max_body_bytes) + " bytes.",
                              kSourceLabel, false);
    }
    cache_.Put(key, payload, settings_.cache_ttl);
    return ResultOf(payload);
  }

 private:
  static transport::HttpHeaders RequestHeaders(const WebFetchSettings& settings) {
    transport::HttpHeaders headers = {
        {"Accept", "text/markdown, text/html;q=0.9, */*;q=0.1"},
        {"Accept-Language", "en-US,en;q=0.9"},
        {"User-Agent",
         settings.user_agent.empty() ? std::string(kDefaultUserAgent) : settings.user_agent}};
    headers.insert(headers.end(), settings.extra_headers.begin(), settings.extra_headers.end());
    return headers;
  }

  // text / truncated / length / rawLength / spill, then the timing fields, in the spec's order.
  void AddText(ordered_json& payload, const std::string& text, std::size_t max_chars,
               Clock::time_point started) const {
    WrappedText wrapped = WrapToFit(text, kSourceLabel, max_chars);
    std::optional<Spill> spill;
    std::string footer;
    if (wrapped.truncated) spill = SpillText(settings_.spill_dir, text);
    if (spill) {
      footer = "\n\n[Showing truncated web_fetch content. The full text (" +
               std::to_string(spill->chars) + " chars) is in " + spill->path +
               "; read it in parts with the read tool.]";
      const std::size_t footer_units = runtime::Utf16Length(footer);
      wrapped =
          WrapToFit(text, kSourceLabel, max_chars > footer_units ? max_chars - footer_units : 0);
      wrapped.text += footer;
    }
    payload["truncated"] = wrapped.truncated;
    payload["length"] = runtime::Utf16Length(wrapped.text);
    payload["rawLength"] = wrapped.content_length;
    if (spill) {
      payload["spill"] = {{"path", spill->path}, {"chars", spill->chars}};
      if (spill->truncated) payload["spill"]["truncated"] = true;
    }
    payload["fetchedAt"] = IsoNow();
    payload["tookMs"] =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count();
    payload["text"] = wrapped.text;
  }

  WebFetchSettings settings_;
  PageFetcher fetcher_;
  mutable ResultCache cache_;
};

}  // namespace

std::optional<WebFetchSettings> WebFetchSettingsOf(const proto::OpenClawConfig& config) {
  const proto::ToolsWebFetchConfig* fetch = nullptr;
  if (config.tools && config.tools->web && config.tools->web->fetch) {
    fetch = &*config.tools->web->fetch;
  }
  WebFetchSettings settings;
  settings.spill_dir =
      std::filesystem::temp_directory_path() / ("openclaw-web-fetch-" + std::to_string(::getuid()));
  if (!fetch) return settings;
  if (!fetch->enabled.value_or(true)) return std::nullopt;
  settings.max_chars_cap = std::max<std::int64_t>(100, fetch->max_chars_cap.value_or(20'000));
  settings.max_chars = std::min(std::max<std::int64_t>(100, fetch->max_chars.value_or(20'000)),
                                settings.max_chars_cap);
  settings.limits.max_body_bytes = static_cast<std::uint64_t>(std::clamp<std::int64_t>(
      fetch->max_response_bytes.value_or(750'000), kMinResponseBytes, kMaxResponseBytes));
  settings.limits.timeout = std::chrono::milliseconds(
      static_cast<std::int64_t>(fetch->timeout_seconds.value_or(30.0) * 1000.0));
  settings.limits.max_redirects = static_cast<int>(fetch->max_redirects.value_or(3));
  settings.limits.use_env_proxy = fetch->use_trusted_env_proxy.value_or(false);
  settings.cache_ttl = std::chrono::milliseconds(
      static_cast<std::int64_t>(fetch->cache_ttl_minutes.value_or(15.0) * 60'000.0));
  settings.user_agent = fetch->user_agent.value_or("");
  settings.readability = fetch->readability.value_or(true);
  if (fetch->headers) {
    for (const auto& [name, value] : *fetch->headers) {
      const std::string lowered = platform::AsciiLower(platform::TrimAsciiSpace(name));
      if (std::find(kReservedHeaders.begin(), kReservedHeaders.end(), lowered) !=
          kReservedHeaders.end()) {
        continue;
      }
      settings.extra_headers.emplace_back(name, value);
    }
  }
  if (const auto& ssrf = fetch->ssrf_policy) {
    settings.ssrf.allow_private_network = ssrf->dangerously_allow_private_network.value_or(false);
    settings.ssrf.allow_benchmark_range = ssrf->allow_rfc2544_benchmark_range.value_or(false);
    settings.ssrf.allow_unique_local_range = ssrf->allow_ipv6_unique_local_range.value_or(false);
    settings.ssrf.allowed_hostnames = ssrf->allowed_hostnames.value_or(proto::StringList{});
    settings.ssrf.blocked_hostnames = ssrf->blocked_hostnames.value_or(proto::StringList{});
  }
  return settings;
}

std::unique_ptr<Tool> MakeWebFetchTool(WebFetchSettings settings, transport::HttpClient& http) {
  return std::make_unique<WebFetchTool>(std::move(settings), http);
}

}  // namespace gateway::domain::tools::web
