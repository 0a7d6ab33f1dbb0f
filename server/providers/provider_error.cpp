#include "server/providers/provider_error.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <ctime>
#include <nlohmann/json.hpp>

#include "server/runtime/utf8_json.hpp"

namespace gateway::providers {

namespace {

using Kind = ProviderErrorKind;
constexpr std::size_t kMaxMessageBytes = 500;

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool Contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string Trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return runtime::SanitizeUtf8(runtime::TruncateUtf8(text, kMaxMessageBytes));
}

std::string ScalarText(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return value.dump();
  return {};
}

bool LooksLikeContextOverflow(const std::string& code, const std::string& lower_message) {
  return code == "context_length_exceeded" || code == "request_too_large" ||
         Contains(lower_message, "context length") || Contains(lower_message, "context window") ||
         Contains(lower_message, "prompt is too long") ||
         Contains(lower_message, "maximum context") || Contains(lower_message, "too many tokens") ||
         Contains(lower_message, "input is too long");
}

bool LooksLikeUnknownModel(const std::string& code, const std::string& lower_message) {
  return code == "model_not_found" || code == "not_found_error" ||
         (Contains(lower_message, "model") &&
          (Contains(lower_message, "not found") || Contains(lower_message, "does not exist") ||
           Contains(lower_message, "unknown model") || Contains(lower_message, "not exist")));
}

bool LooksLikeBilling(const std::string& code, const std::string& lower_message) {
  return code == "insufficient_quota" || code == "billing_error" ||
         code == "enforced_spend_limit_reached" || Contains(lower_message, "spend limit") ||
         Contains(lower_message, "credit balance") ||
         Contains(lower_message, "exceeded your current quota");
}

// The kind a provider's error type/code names on its own, if it does.
std::optional<Kind> KindFromType(const std::string& type, const std::string& code) {
  for (const std::string* word : {&code, &type}) {
    if (*word == "authentication_error" || *word == "invalid_api_key") return Kind::kAuth;
    if (*word == "permission_error") return Kind::kAuthPermanent;
    if (*word == "rate_limit_error" || *word == "rate_limit_exceeded") return Kind::kRateLimit;
    if (*word == "overloaded_error") return Kind::kOverloaded;
    if (*word == "api_error" || *word == "server_error") return Kind::kServerError;
    if (*word == "timeout_error") return Kind::kTimeout;
  }
  return std::nullopt;
}

Kind KindFromStatus(int status) {
  switch (status) {
    case 401:
      return Kind::kAuth;
    case 402:
      return Kind::kBilling;
    case 403:
      return Kind::kAuthPermanent;
    case 404:
      return Kind::kModelNotFound;
    case 408:
      return Kind::kTimeout;
    case 413:
      return Kind::kContextOverflow;
    case 429:
      return Kind::kRateLimit;
    case 503:
    case 529:
      return Kind::kOverloaded;
    case 504:
      return Kind::kTimeout;
    default:
      break;
  }
  if (status >= 500) return Kind::kServerError;
  return Kind::kBadRequest;
}

// Time since the epoch of an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT").
std::optional<std::chrono::system_clock::time_point> ParseHttpDate(std::string_view text) {
  std::tm tm{};
  const std::string copy(text);
  const char* end = strptime(copy.c_str(), "%a, %d %b %Y %H:%M:%S", &tm);
  if (end == nullptr) return std::nullopt;
  const std::time_t seconds = timegm(&tm);
  if (seconds == -1) return std::nullopt;
  return std::chrono::system_clock::from_time_t(seconds);
}

std::optional<double> ParseNumber(std::string_view text) {
  const std::string trimmed = Trimmed(text);
  if (trimmed.empty()) return std::nullopt;
  double value = 0;
  const auto [ptr, ec] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
  if (ec != std::errc() || ptr != trimmed.data() + trimmed.size() || !std::isfinite(value) ||
      value < 0) {
    return std::nullopt;
  }
  return value;
}

std::chrono::milliseconds ClampMillis(double millis) {
  constexpr double kMax = 24.0 * 3600 * 1000;  // a day: anything longer is "not soon"
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(std::min(millis, kMax))));
}

}  // namespace

std::string_view ProviderErrorKindName(ProviderErrorKind kind) {
  switch (kind) {
    case Kind::kAuth:
      return "auth";
    case Kind::kAuthPermanent:
      return "auth_permanent";
    case Kind::kBilling:
      return "billing";
    case Kind::kRateLimit:
      return "rate_limit";
    case Kind::kOverloaded:
      return "overloaded";
    case Kind::kServerError:
      return "server_error";
    case Kind::kTimeout:
      return "timeout";
    case Kind::kNetwork:
      return "network";
    case Kind::kContextOverflow:
      return "context_overflow";
    case Kind::kModelNotFound:
      return "model_not_found";
    case Kind::kBadRequest:
      return "bad_request";
    case Kind::kEmptyResponse:
      return "empty_response";
    case Kind::kMalformedResponse:
      return "malformed_response";
    case Kind::kCancelled:
      return "cancelled";
  }
  return "unknown";
}

std::string_view FailoverReason(ProviderErrorKind kind) {
  switch (kind) {
    case Kind::kNetwork:
      return "timeout";  // connection failures are timeout-shaped
    case Kind::kBadRequest:
      return "format";
    case Kind::kMalformedResponse:
      return "unclassified";
    case Kind::kCancelled:
      return "";
    default:
      return ProviderErrorKindName(kind);
  }
}

std::optional<std::chrono::milliseconds> ParseRetryAfter(
    const transport::HttpResponseHead& head, std::chrono::system_clock::time_point now) {
  if (const auto millis = ParseNumber(head.Header("retry-after-ms"))) return ClampMillis(*millis);
  const std::string_view value = head.Header("retry-after");
  if (value.empty()) return std::nullopt;
  if (const auto seconds = ParseNumber(value)) return ClampMillis(*seconds * 1000);
  if (const auto date = ParseHttpDate(value)) {
    const auto delta = std::chrono::duration_cast<std::chrono::milliseconds>(*date - now);
    return ClampMillis(static_cast<double>(std::max<std::int64_t>(0, delta.count())));
  }
  return std::nullopt;
}

ProviderError FromHttpError(const transport::HttpError& error) {
  using transport::HttpErrorKind;
  ProviderError out;
  out.message = error.message;
  out.code = std::string(transport::HttpErrorKindName(error.kind));
  switch (error.kind) {
    case HttpErrorKind::kCancelled:
      out.kind = Kind::kCancelled;
      break;
    case HttpErrorKind::kConnectTimeout:
    case HttpErrorKind::kTlsTimeout:
    case HttpErrorKind::kFirstByteTimeout:
    case HttpErrorKind::kIdleTimeout:
      out.kind = Kind::kTimeout;
      break;
    case HttpErrorKind::kInvalidRequest:
      out.kind = Kind::kBadRequest;
      break;
    case HttpErrorKind::kTooLarge:
      out.kind = Kind::kMalformedResponse;
      break;
    default:
      out.kind = Kind::kNetwork;
      break;
  }
  return out;
}

ErrorBody ParseErrorBody(std::string_view body) {
  ErrorBody out;
  const auto json = nlohmann::json::parse(body, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    out.message = Trimmed(body);
    return out;
  }
  const nlohmann::json* error = &json;
  if (const auto it = json.find("error"); it != json.end()) {
    if (it->is_string()) {
      out.message = Trimmed(it->get<std::string>());
      return out;
    }
    if (it->is_object()) error = &*it;
  }
  for (const char* key : {"message", "detail", "error_message"}) {
    if (const auto it = error->find(key); it != error->end() && it->is_string()) {
      out.message = Trimmed(it->get<std::string>());
      break;
    }
  }
  if (const auto it = error->find("type"); it != error->end()) out.type = ScalarText(*it);
  if (const auto it = error->find("code"); it != error->end()) out.code = ScalarText(*it);
  // Anthropic's spend limit: {"error":{"type":"rate_limit_error","details":{"error_code":…}}}.
  if (const auto it = error->find("details"); it != error->end() && it->is_object()) {
    if (const auto code = it->find("error_code"); code != it->end() && out.code.empty()) {
      out.code = ScalarText(*code);
    }
  }
  if (out.message.empty() && error != &json) out.message = Trimmed(error->dump());
  return out;
}

ProviderError ClassifyHttpError(const transport::HttpResponseHead& head, std::string_view body) {
  const ErrorBody parsed = ParseErrorBody(body);
  ProviderError out;
  out.http_status = head.status;
  out.message = parsed.message.empty() ? head.reason : parsed.message;
  if (out.message.empty()) out.message = "HTTP " + std::to_string(head.status);
  out.code = parsed.code.empty() ? parsed.type : parsed.code;
  out.retry_after = ParseRetryAfter(head);

  const std::string lower = Lower(out.message);
  out.kind = KindFromStatus(head.status);
  if (const auto by_type = KindFromType(parsed.type, parsed.code); by_type && head.status >= 500) {
    out.kind = *by_type;  // e.g. 500 with overloaded_error
  }
  if (LooksLikeBilling(parsed.code, lower) &&
      (out.kind == Kind::kRateLimit || out.kind == Kind::kBadRequest ||
       out.kind == Kind::kBilling)) {
    out.kind = Kind::kBilling;
  } else if ((out.kind == Kind::kBadRequest || out.kind == Kind::kContextOverflow) &&
             LooksLikeContextOverflow(parsed.code, lower)) {
    out.kind = Kind::kContextOverflow;
  } else if (out.kind == Kind::kBadRequest && LooksLikeUnknownModel(parsed.code, lower)) {
    out.kind = Kind::kModelNotFound;
  }
  return out;
}

ProviderError ClassifyStreamError(const ErrorBody& error) {
  ProviderError out;
  out.message = error.message.empty() ? "the provider reported an error" : error.message;
  out.code = error.code.empty() ? error.type : error.code;
  const std::string lower = Lower(out.message);
  if (LooksLikeBilling(error.code, lower)) {
    out.kind = Kind::kBilling;
  } else if (const auto by_type = KindFromType(error.type, error.code)) {
    out.kind = *by_type;
  } else if (LooksLikeContextOverflow(error.code, lower)) {
    out.kind = Kind::kContextOverflow;
  } else if (LooksLikeUnknownModel(error.code, lower)) {
    out.kind = Kind::kModelNotFound;
  } else if (error.type == "invalid_request_error") {
    out.kind = Kind::kBadRequest;
  } else {
    out.kind = Kind::kServerError;
  }
  return out;
}

}  // namespace gateway::providers
