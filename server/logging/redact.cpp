#include "server/logging/redact.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <mutex>

#include "server/logging/secret_keys.hpp"

namespace gateway::logging {

struct Redactor::Rules {
  struct Rule {
    std::unique_ptr<re2::RE2> regex;
    std::string rewrite;
  };
  std::vector<Rule> list;
  std::unique_ptr<re2::RE2::Set> prefilter;  // null if it failed to build: then try every rule
};

namespace {

// `{keys}` in a built-in pattern stands for the secret key words (secret_keys.hpp). A key must end
// in one of them, so `tokenizer=` and `maxTokens: 5` stay readable while `OPENAI_API_KEY=`,
// `botToken:` and `refresh_token=` match.
constexpr std::string_view kKeysPlaceholder = "{keys}";

struct BuiltinPattern {
  std::string_view pattern;
  std::string_view rewrite;  // RE2 rewrite: \1 keeps the key, the rest is masked
};

// Applied in this order. Each rewrite leaves text the later patterns either skip or map to itself.
constexpr BuiltinPattern kBuiltinPatterns[] = {
    // PEM private keys; an unterminated block is masked to the end of the text.
    {R"((?s)-----BEGIN [A-Z ]*PRIVATE KEY-----(?:.*?-----END [A-Z ]*PRIVATE KEY-----|.*))", "***"},
    // "key":"value", key="value", 'key': 'value' (escaped quotes inside the value included).
    {R"((?i)({keys}["']?\s*[:=]\s*")(?:[^"\\\r\n]|\\.)+)", R"(\1***)"},
    {R"((?i)({keys}["']?\s*[:=]\s*')(?:[^'\\\r\n]|\\.)+)", R"(\1***)"},
    // JSON that was itself embedded in a JSON string: {\"token\":\"value\"}.
    {R"((?i)({keys}\\+"\s*:\s*\\+")[^"\\]+)", R"(\1***)"},
    // Cookie headers carry several `name=value;` pairs: mask to the end of the line.
    {R"((?i)(\b(?:set-)?cookie\s*:\s*)[^\r\n]+)", R"(\1***)"},
    // key=value, key: value, Authorization: Bearer value (the scheme word is kept).
    {R"((?i)({keys}["']?\s*[:=]\s*(?:(?:bearer|basic|bot|token)\s+)?)[^\s"'&]+)", R"(\1***)"},
    // --api-key value, --token value.
    {R"((?i)(--[a-z0-9-]*{keys}\s+)[^\s"'-][^\s"']*)", R"(\1***)"},
    {R"((?i)\b(bearer\s+)[A-Za-z0-9._~+/-]+=*)", R"(\1***)"},
    // Passwords in URLs: scheme://user:password@host.
    {R"((?i)(\b[a-z][a-z0-9+.-]*://[^\s:/@]+:)[^\s/@]+@)", R"(\1***@)"},
    // Provider keys: OpenAI/Anthropic sk-, Slack xox?- and xapp-, GitHub, Google, JWTs.
    {R"(\bsk-[A-Za-z0-9_-]{16,})", "***"},
    {R"(\bxox[a-z]-[A-Za-z0-9-]{10,})", "***"},
    {R"(\bxapp-[A-Za-z0-9-]{10,})", "***"},
    {R"(\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}))", "***"},
    {R"(\bAIza[0-9A-Za-z_-]{35})", "***"},
    {R"(\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)", "***"},
    // Telegram bot tokens `<bot id>:<35 chars>`, also inside `.../bot<id>:<secret>/...` URLs.
    {R"((^|[^0-9])[0-9]{5,12}:[A-Za-z0-9_-]{35,})", R"(\1***)"},
    {R"(\b[0-9A-Fa-f]{32,}\b)", "***"},
};

std::string ExpandKeys(std::string_view pattern) {
  std::string out(pattern);
  std::size_t at = out.find(kKeysPlaceholder);
  if (at != std::string::npos) out.replace(at, kKeysPlaceholder.size(), SecretKeyRegexGroup());
  return out;
}

re2::RE2::Options RuleOptions() {
  re2::RE2::Options options;
  options.set_log_errors(false);
  return options;
}

// "/body/flags" -> "(?i)body" when flags has `i`, else "body"; anything else -> "(?i)entry".
std::string UserPatternToRe2(const std::string& entry) {
  std::size_t last_slash = entry.rfind('/');
  if (entry.size() >= 2 && entry.front() == '/' && last_slash > 0) {
    std::string_view flags = std::string_view(entry).substr(last_slash + 1);
    bool flags_are_letters =
        std::all_of(flags.begin(), flags.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (flags_are_letters) {
      std::string body = entry.substr(1, last_slash - 1);
      return flags.find('i') != std::string_view::npos ? "(?i)" + body : body;
    }
  }
  return "(?i)" + entry;
}

}  // namespace

Redactor::Redactor(const std::vector<std::string>& user_patterns)
    : rules_(std::make_unique<Rules>()) {
  for (const std::string& entry : user_patterns) {
    auto regex = std::make_unique<re2::RE2>(UserPatternToRe2(entry), RuleOptions());
    if (!regex->ok()) {
      invalid_patterns_.push_back({entry, regex->error()});
    } else if (re2::RE2::FullMatch("", *regex)) {
      // Would insert "***" between every pair of characters.
      invalid_patterns_.push_back({entry, "matches the empty string"});
    } else {
      rules_->list.push_back({std::move(regex), std::string(kMask)});
    }
  }
  // With no usable user pattern, fall back to the built-ins rather than redact nothing.
  using_builtin_ = rules_->list.empty();
  if (using_builtin_) {
    for (const BuiltinPattern& builtin : kBuiltinPatterns) {
      rules_->list.push_back(
          {std::make_unique<re2::RE2>(ExpandKeys(builtin.pattern), RuleOptions()),
           std::string(builtin.rewrite)});
    }
  }

  auto prefilter = std::make_unique<re2::RE2::Set>(RuleOptions(), re2::RE2::UNANCHORED);
  bool prefilter_ok = true;
  for (const Rules::Rule& rule : rules_->list) {
    prefilter_ok = prefilter_ok && prefilter->Add(rule.regex->pattern(), nullptr) >= 0;
  }
  if (prefilter_ok && prefilter->Compile()) rules_->prefilter = std::move(prefilter);
}

Redactor::~Redactor() = default;

void Redactor::AddSecret(std::string secret) {
  if (secret.size() < 4) return;
  std::unique_lock lock(secrets_mutex_);
  if (std::find(secrets_.begin(), secrets_.end(), secret) != secrets_.end()) return;
  secrets_.push_back(std::move(secret));
}

std::vector<std::string> Redactor::Secrets() const {
  std::shared_lock lock(secrets_mutex_);
  return secrets_;
}

std::string Redactor::Redact(std::string_view text) const {
  std::string out;
  {
    // Occurrences of different secrets may overlap; masking the union of all of them leaves no
    // fragment of any secret behind.
    std::shared_lock lock(secrets_mutex_);
    std::vector<bool> covered;
    for (const std::string& secret : secrets_) {
      for (std::size_t at = text.find(secret); at != std::string_view::npos;
           at = text.find(secret, at + 1)) {
        if (covered.empty()) covered.resize(text.size(), false);
        std::fill_n(covered.begin() + static_cast<std::ptrdiff_t>(at), secret.size(), true);
      }
    }
    if (covered.empty()) {
      out.assign(text);
    } else {
      out.reserve(text.size());
      for (std::size_t i = 0; i < text.size(); ++i) {
        if (!covered[i]) {
          out.push_back(text[i]);
        } else if (i == 0 || !covered[i - 1]) {
          out.append(kMask);
        }
      }
    }
  }

  std::vector<int> matched;
  if (rules_->prefilter) {
    re2::RE2::Set::ErrorInfo error_info{};
    if (!rules_->prefilter->Match(out, &matched, &error_info) &&
        error_info.kind == re2::RE2::Set::kNoError) {
      return out;
    }
    std::sort(matched.begin(), matched.end());
  }
  if (matched.empty()) {
    // No prefilter, or it ran out of memory: try every rule.
    for (std::size_t i = 0; i < rules_->list.size(); ++i) matched.push_back(static_cast<int>(i));
  }
  for (int index : matched) {
    const Rules::Rule& rule = rules_->list[static_cast<std::size_t>(index)];
    re2::RE2::GlobalReplace(&out, *rule.regex, rule.rewrite);
  }
  return out;
}

}  // namespace gateway::logging
