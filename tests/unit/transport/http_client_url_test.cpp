// The HTTP client's Beast-free helpers: URLs, Location resolution, proxy settings, the public
// address check.
#include <catch2/catch.hpp>
#include <map>

#include "server/transport/http_client.hpp"

using namespace gateway::transport;

TEST_CASE("HttpClient URL: parsing", "[url]") {
  auto url = ParseUrl("HTTPS://API.Example.com/v1/chat?x=1#frag");
  REQUIRE(url);
  CHECK(url->scheme == "https");
  CHECK(url->host == "api.example.com");
  CHECK(url->port == 443);
  CHECK(url->target == "/v1/chat?x=1");
  url = ParseUrl("http://[::1]:8080");
  REQUIRE(url);
  CHECK(url->host == "::1");
  CHECK(url->port == 8080);
  CHECK(url->target == "/");
  url = ParseUrl("http://user:pw@proxy:3128");
  REQUIRE(url);
  CHECK(url->userinfo == "user:pw");
  CHECK(url->host == "proxy");
  CHECK(ParseUrl("http://h?q")->target == "/?q");
  for (const char* bad : {"ftp://x/", "http://", "http://h:0/", "http://h:70000/", "http://h:x/",
                          "http://[::1/", "http://a b/", "http://h/a b", "example.com"}) {
    CAPTURE(bad);
    CHECK_FALSE(ParseUrl(bad));
  }
}

TEST_CASE("HttpClient URL: redirect locations", "[url]") {
  const Url base = *ParseUrl("https://a.test:8443/dir/page?q=1");
  const auto at = [&](const char* location) {
    auto url = ResolveLocation(base, location);
    return url ? url->scheme + "://" + url->host + ":" + std::to_string(url->port) + url->target
               : std::string("invalid");
  };
  CHECK(at("http://b.test/x") == "http://b.test:80/x");
  CHECK(at("//c.test/y") == "https://c.test:443/y");
  CHECK(at("/root") == "https://a.test:8443/root");
  CHECK(at("other") == "https://a.test:8443/dir/other");
  CHECK(at("?page=2") == "https://a.test:8443/dir/page?page=2");
  CHECK(at("") == "invalid");
  CHECK(at("gopher://x/") == "invalid");
}

TEST_CASE("HttpClient proxy: environment and NO_PROXY", "[url][proxy]") {
  std::map<std::string, std::string> env = {
      {"HTTPS_PROXY", "http://secure:1"},
      {"HTTP_PROXY", "http://ignored:2"},
      {"http_proxy", "http://plain:3"},
      {"NO_PROXY", ".internal, localhost,10.0.0.0/8,[::1],h:8080"}};
  const auto getenv = [&](const char* name) -> const char* {
    auto found = env.find(name);
    return found == env.end() ? nullptr : found->second.c_str();
  };
  const ProxySettings settings = ProxySettings::FromEnvironment(getenv);
  CHECK(settings.https_proxy == "http://secure:1");
  CHECK(settings.http_proxy == "http://plain:3");  // upper-case HTTP_PROXY ignored, like curl
  CHECK(settings.ProxyFor("https://api.openai.com/v1") == "http://secure:1");
  CHECK(settings.ProxyFor("http://example.com/") == "http://plain:3");
  CHECK(settings.ProxyFor("https://svc.internal/") == "");
  CHECK(settings.ProxyFor("https://internal/") == "");
  CHECK(settings.ProxyFor("https://notinternal/") == "http://secure:1");
  CHECK(settings.ProxyFor("http://localhost:9/") == "");
  CHECK(settings.ProxyFor("http://10.1.2.3/") == "");
  CHECK(settings.ProxyFor("http://11.1.2.3/") == "http://plain:3");
  CHECK(settings.ProxyFor("http://[::1]:5/") == "");
  CHECK(settings.ProxyFor("http://h:8080/") == "");
  CHECK(settings.ProxyFor("http://h:8081/") == "http://plain:3");
  CHECK(ProxySettings{"http://p:1", "http://p:1", "*"}.ProxyFor("http://x/") == "");
  CHECK(ProxySettings{}.ProxyFor("http://x/") == "");
}

TEST_CASE("HttpClient: IsPublicAddress", "[url][filter]") {
  for (const char* blocked :
       {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd00::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "not an ip", ""}) {
    CAPTURE(blocked);
    CHECK_FALSE(IsPublicAddress(blocked));
  }
  for (const char* open : {"8.8.8.8", "1.1.1.1", "172.32.0.1", "2606:4700:4700::1111"}) {
    CAPTURE(open);
    CHECK(IsPublicAddress(open));
  }
}

TEST_CASE("HttpClient: error kind names", "[url]") {
  CHECK(HttpErrorKindName(HttpErrorKind::kConnectTimeout) == "connect_timeout");
  CHECK(HttpErrorKindName(HttpErrorKind::kRefusedAddress) == "refused_address");
}
