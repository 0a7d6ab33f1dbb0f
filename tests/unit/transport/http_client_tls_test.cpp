// The HTTP client over TLS (a test CA made at test time, EC P-256 / SHA-256) and through a
// forward proxy (CONNECT tunnel for https, absolute-form for http).
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.hpp"
#include "tests/unit/transport/http_client_fixture.hpp"
#include "tests/unit/transport/test_certs.hpp"

using namespace gateway::testing;
using namespace std::chrono_literals;

namespace {

// An HTTPS stand-in with a certificate for server.test and 127.0.0.1, signed by `ca`.
struct HttpsStandin {
  explicit HttpsStandin(const TestCa& ca, bool require_client_cert = false,
                        const TestCa* client_ca = nullptr) {
    const auto leaf = ca.Issue("server.test", {"DNS:server.test", "IP:127.0.0.1"});
    WriteFile(dir.path() / "cert.pem", leaf.cert_pem);
    WriteFile(dir.path() / "key.pem", leaf.key_pem);
    if (require_client_cert) WriteFile(dir.path() / "client-ca.pem", client_ca->cert_pem());
    const std::string cert = (dir.path() / "cert.pem").string();
    const std::string key = (dir.path() / "key.pem").string();
    const std::string client = (dir.path() / "client-ca.pem").string();
    standin = std::make_unique<Standin<httplib::SSLServer>>(
        cert.c_str(), key.c_str(), require_client_cert ? client.c_str() : nullptr);
    standin->server().Get("/hello", [](const httplib::Request& req, httplib::Response& res) {
      res.set_content("secure hello from " + req.get_header_value("Host"), "text/plain");
    });
    standin->Start();
  }
  std::string Url(const std::string& path, const std::string& host = "server.test") const {
    return standin->Url(path, host);
  }

  TempDir dir;
  std::unique_ptr<Standin<httplib::SSLServer>> standin;
};

OutboundRequest Get(const std::string& url, const std::string& ca_pem = "") {
  OutboundRequest request;
  request.url = url;
  request.tls.ca_pem = ca_pem;
  return request;
}

std::uint16_t ClosedPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

}  // namespace

TEST_CASE("HttpClient TLS: a CA passed per request, verification and host names", "[tls]") {
  TestCa ca;
  HttpsStandin server(ca);
  HttpClient client(TestOptions());

  SECTION("the test CA verifies the server (SNI and host name)") {
    Recorder r;
    client.Start(Get(server.Url("/hello"), ca.cert_pem()), r.Callbacks());
    REQUIRE(r.Wait());
    CHECK_FALSE(r.error);
    CHECK(r.status() == 200);
    CHECK(r.body == "secure hello from server.test:" + std::to_string(server.standin->port()));
  }
  SECTION("an IP address is checked against the IP subjectAltName") {
    Recorder r;
    client.Start(Get(server.Url("/hello", "127.0.0.1"), ca.cert_pem()), r.Callbacks());
    REQUIRE(r.Wait());
    CHECK_FALSE(r.error);
    CHECK(r.status() == 200);
  }
  SECTION("without the CA (system store only) the certificate is refused") {
    Recorder r;
    client.Start(Get(server.Url("/hello")), r.Callbacks());
    REQUIRE(r.Wait());
    CHECK(r.kind() == HttpErrorKind::kTls);
    CHECK(r.error->message.find("certificate") != std::string::npos);
  }
  SECTION("another CA does not verify it either") {
    TestCa other("another CA");
    Recorder r;
    client.Start(Get(server.Url("/hello"), other.cert_pem()), r.Callbacks());
    REQUIRE(r.Wait());
    CHECK(r.kind() == HttpErrorKind::kTls);
  }
  SECTION("a host name the certificate does not name") {
    Recorder r;
    client.Start(Get(server.Url("/hello", "other.test"), ca.cert_pem()), r.Callbacks());
    REQUIRE(r.Wait());
    CHECK(r.kind() == HttpErrorKind::kTls);
    CHECK(r.error->message.find("hostname mismatch") != std::string::npos);
  }
  SECTION("verify=false accepts anything (tests only)") {
    OutboundRequest request = Get(server.Url("/hello", "other.test"));
    request.tls.verify = false;
    Recorder r;
    client.Start(request, r.Callbacks());
    REQUIRE(r.Wait());
    CHECK_FALSE(r.error);
  }
  SECTION("bad TLS material is an invalid request") {
    Recorder r;
    client.Start(Get(server.Url("/hello"), "not a PEM"), r.Callbacks());
    REQUIRE(r.Wait());
    CHECK(r.kind() == HttpErrorKind::kInvalidRequest);
  }
  SECTION("keep-alive over TLS") {
    for (int i = 0; i < 3; ++i) {
      Recorder r;
      client.Start(Get(server.Url("/hello"), ca.cert_pem()), r.Callbacks());
      REQUIRE(r.Wait());
      REQUIRE_FALSE(r.error);
    }
    CHECK(client.stats().connections_opened == 1);
    CHECK(client.stats().connections_reused == 2);
  }
}

TEST_CASE("HttpClient TLS: a client certificate given per request", "[tls]") {
  TestCa ca;
  TestCa client_ca("client CA");
  HttpsStandin server(ca, true, &client_ca);
  HttpClient client(TestOptions());
  SECTION("with the certificate") {
    const auto leaf = client_ca.Issue("gateway", {}, true);
    OutboundRequest request = Get(server.Url("/hello"), ca.cert_pem());
    request.tls.client_cert_pem = leaf.cert_pem;
    request.tls.client_key_pem = leaf.key_pem;
    Recorder r;
    client.Start(request, r.Callbacks());
    REQUIRE(r.Wait());
    CHECK_FALSE(r.error);
    CHECK(r.status() == 200);
  }
  SECTION("without it the server refuses") {
    Recorder r;
    client.Start(Get(server.Url("/hello"), ca.cert_pem()), r.Callbacks());
    REQUIRE(r.Wait());
    CHECK(r.kind() == HttpErrorKind::kTls);
  }
}

TEST_CASE("HttpClient TLS: a server that never answers the handshake", "[tls][timeout]") {
  RawServer mute([](int fd) { WaitForPeerClose(fd, 20s); });
  HttpClient client(TestOptions());
  OutboundRequest request = Get("https://server.test:" + std::to_string(mute.port()) + "/");
  request.tls_timeout = 300ms;
  Recorder r;
  client.Start(request, r.Callbacks());
  REQUIRE(r.Wait());
  CHECK(r.kind() == HttpErrorKind::kTlsTimeout);
}

TEST_CASE("HttpClient proxy: CONNECT tunnel for https, absolute form for http", "[proxy]") {
  TestCa ca;
  HttpsStandin server(ca);
  TestProxy proxy;
  HttpClient::Options options = TestOptions();
  const std::string proxy_url = "http://127.0.0.1:" + std::to_string(proxy.port());
  options.proxy = gateway::transport::ProxySettings{proxy_url, proxy_url, "direct.test"};

  SECTION("https through CONNECT, verified end to end") {
    HttpClient client(options);
    Recorder r;
    client.Start(Get(server.Url("/hello"), ca.cert_pem()), r.Callbacks());
    REQUIRE(r.Wait());
    CHECK_FALSE(r.error);
    CHECK(r.status() == 200);
    const auto seen = proxy.requests();
    REQUIRE(seen.size() == 1);
    const std::string target = "server.test:" + std::to_string(server.standin->port());
    CHECK(seen[0].starts_with("CONNECT " + target + " HTTP/1.1\r\n"));
    CHECK(seen[0].find("Host: " + target) != std::string::npos);
  }
  SECTION("proxy credentials from the proxy URL") {
    options.proxy->https_proxy = "http://user:p%40ss@127.0.0.1:" + std::to_string(proxy.port());
    HttpClient client(options);
    Recorder r;
    client.Start(Get(server.Url("/hello"), ca.cert_pem()), r.Callbacks());
    REQUIRE(r.Wait());
    CHECK_FALSE(r.error);
    const auto seen = proxy.requests();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].find("Proxy-Authorization: Basic dXNlcjpwQHNz") != std::string::npos);
  }
  SECTION("plain http in absolute form") {
    HttpClient client(options);
    Recorder r;
    client.Start(Get("http://plain.test:8080/x?y=1"), r.Callbacks());
    REQUIRE(r.Wait());
    CHECK_FALSE(r.error);
    CHECK(r.body == "via proxy http://plain.test:8080/x?y=1");
  }
  SECTION("NO_PROXY hosts and use_proxy=false go direct") {
    HttpClient client(options);
    Recorder direct;
    client.Start(Get(server.Url("/hello", "direct.test"), ca.cert_pem()), direct.Callbacks());
    REQUIRE(direct.Wait());
    // direct.test is not in the certificate: reaching the server directly is what matters.
    CHECK(direct.kind() == HttpErrorKind::kTls);
    OutboundRequest request = Get(server.Url("/hello"), ca.cert_pem());
    request.use_proxy = false;
    Recorder bypass;
    client.Start(request, bypass.Callbacks());
    REQUIRE(bypass.Wait());
    CHECK_FALSE(bypass.error);
    CHECK(proxy.requests().empty());
  }
  SECTION("a refused CONNECT") {
    HttpClient client(options);
    Recorder r;
    client.Start(Get("https://server.test:" + std::to_string(ClosedPort()) + "/", ca.cert_pem()),
                 r.Callbacks());
    REQUIRE(r.Wait());
    CHECK(r.kind() == HttpErrorKind::kProxy);
    CHECK(r.error->message.find("502") != std::string::npos);
  }
  SECTION("the address filter checks a target name resolved locally before the CONNECT") {
    HttpClient client(options);
    OutboundRequest request = Get(server.Url("/hello"), ca.cert_pem());  // server.test -> 127.0.0.1
    request.address_filter = gateway::transport::IsPublicAddress;
    Recorder refused;
    client.Start(request, refused.Callbacks());
    REQUIRE(refused.Wait());
    CHECK(refused.kind() == HttpErrorKind::kRefusedAddress);
    CHECK(proxy.requests().empty());
    request.address_filter = [](std::string_view ip) { return ip == "127.0.0.1"; };
    Recorder allowed;
    client.Start(request, allowed.Callbacks());
    REQUIRE(allowed.Wait());
    CHECK_FALSE(allowed.error);
    CHECK(proxy.requests().size() == 1);
  }
  SECTION("the address filter still sees IP-literal targets") {
    HttpClient client(options);
    OutboundRequest request = Get(server.Url("/hello", "127.0.0.1"), ca.cert_pem());
    request.address_filter = gateway::transport::IsPublicAddress;
    Recorder r;
    client.Start(request, r.Callbacks());
    REQUIRE(r.Wait());
    CHECK(r.kind() == HttpErrorKind::kRefusedAddress);
  }
}
