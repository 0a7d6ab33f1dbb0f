// Error bodies, Retry-After and the kind vocabulary, without sockets.
#include "server/providers/provider_error.hpp"

#include <catch2/catch.hpp>

using namespace gateway;
using namespace std::chrono_literals;
using providers::ProviderErrorKind;

namespace {

transport::HttpResponseHead Head(int status, transport::HttpHeaders headers = {}) {
  transport::HttpResponseHead head;
  head.status = status;
  head.headers = std::move(headers);
  return head;
}

}  // namespace

TEST_CASE("Provider errors: Retry-After in its three forms", "[providers][errors]") {
  const auto now = std::chrono::system_clock::from_time_t(784111777);  // Sun, 06 Nov 1994 08:49:37
  CHECK(providers::ParseRetryAfter(Head(429, {{"Retry-After", "3"}}), now) == 3000ms);
  CHECK(providers::ParseRetryAfter(Head(429, {{"retry-after", " 0.25 "}}), now) == 250ms);
  CHECK(providers::ParseRetryAfter(Head(429, {{"retry-after-ms", "1500.2"}, {"retry-after", "9"}}),
                                   now) == 1501ms);
  CHECK(providers::ParseRetryAfter(Head(429, {{"Retry-After", "Sun, 06 Nov 1994 08:49:47 GMT"}}),
                                   now) == 10000ms);
  CHECK(providers::ParseRetryAfter(Head(429, {{"Retry-After", "Sun, 06 Nov 1994 08:00:00 GMT"}}),
                                   now) == 0ms);
  CHECK_FALSE(providers::ParseRetryAfter(Head(429, {{"Retry-After", "soon"}}), now));
  CHECK_FALSE(providers::ParseRetryAfter(Head(429, {{"Retry-After", "-4"}}), now));
  CHECK_FALSE(providers::ParseRetryAfter(Head(429), now));
}

TEST_CASE("Provider errors: the shapes of error bodies", "[providers][errors]") {
  auto openai = providers::ParseErrorBody(
      R"({"error":{"message":"bad key","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})");
  CHECK(openai.message == "bad key");
  CHECK(openai.type == "invalid_request_error");
  CHECK(openai.code == "invalid_api_key");
  auto anthropic = providers::ParseErrorBody(
      R"({"type":"error","error":{"type":"rate_limit_error","message":"spend","details":{"error_code":"enforced_spend_limit_reached"}}})");
  CHECK(anthropic.type == "rate_limit_error");
  CHECK(anthropic.code == "enforced_spend_limit_reached");
  CHECK(providers::ParseErrorBody(R"({"error":"model 'x' not found"})").message ==
        "model 'x' not found");
  CHECK(providers::ParseErrorBody(R"({"detail":"Not Found"})").message == "Not Found");
  CHECK(providers::ParseErrorBody(R"({"error":{"message":"n","code":42}})").code == "42");
  CHECK(providers::ParseErrorBody("<html>502 Bad Gateway</html>\n").message ==
        "<html>502 Bad Gateway</html>");
  CHECK(providers::ParseErrorBody(std::string(2000, 'x')).message.size() == 500);
  CHECK(providers::ParseErrorBody("\xff\xfe broken").message == "\xEF\xBF\xBD\xEF\xBF\xBD broken");
}

TEST_CASE("Provider errors: classification refines the status", "[providers][errors]") {
  auto classify = [](int status, std::string_view body) {
    return providers::ClassifyHttpError(Head(status), body).kind;
  };
  CHECK(
      classify(
          429,
          R"({"type":"error","error":{"type":"rate_limit_error","message":"x","details":{"error_code":"enforced_spend_limit_reached"}}})") ==
      ProviderErrorKind::kBilling);
  CHECK(classify(402, "{}") == ProviderErrorKind::kBilling);
  CHECK(
      classify(
          413,
          R"({"type":"error","error":{"type":"request_too_large","message":"Request exceeds the maximum allowed number of bytes."}})") ==
      ProviderErrorKind::kContextOverflow);
  CHECK(classify(400, R"({"error":{"message":"The model `x` does not exist"}})") ==
        ProviderErrorKind::kModelNotFound);
  CHECK(
      classify(500,
               R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})") ==
      ProviderErrorKind::kOverloaded);
  CHECK(classify(502, "bad gateway") == ProviderErrorKind::kServerError);
  CHECK(classify(504, "") == ProviderErrorKind::kTimeout);
  CHECK(classify(422, R"({"error":{"message":"unsupported parameter"}})") ==
        ProviderErrorKind::kBadRequest);
  const auto empty = providers::ClassifyHttpError(Head(503), "");
  CHECK(empty.message == "HTTP 503");
}

TEST_CASE("Provider errors: transport failures and the spec's reason names",
          "[providers][errors]") {
  using transport::HttpErrorKind;
  CHECK(providers::FromHttpError({HttpErrorKind::kCancelled, "c"}).kind ==
        ProviderErrorKind::kCancelled);
  CHECK(providers::FromHttpError({HttpErrorKind::kIdleTimeout, "i"}).kind ==
        ProviderErrorKind::kTimeout);
  CHECK(providers::FromHttpError({HttpErrorKind::kConnect, "refused"}).kind ==
        ProviderErrorKind::kNetwork);
  CHECK(providers::FromHttpError({HttpErrorKind::kProtocol, "eof"}).kind ==
        ProviderErrorKind::kNetwork);
  CHECK(providers::FailoverReason(ProviderErrorKind::kRateLimit) == "rate_limit");
  CHECK(providers::FailoverReason(ProviderErrorKind::kBadRequest) == "format");
  CHECK(providers::FailoverReason(ProviderErrorKind::kNetwork) == "timeout");
  CHECK(providers::FailoverReason(ProviderErrorKind::kAuthPermanent) == "auth_permanent");
  CHECK(providers::FailoverReason(ProviderErrorKind::kCancelled).empty());
  CHECK(providers::ProviderErrorKindName(ProviderErrorKind::kNetwork) == "network");
}
