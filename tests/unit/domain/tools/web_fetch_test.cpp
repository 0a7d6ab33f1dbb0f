// The web_fetch tool against a loopback HTTP server (cpp-httplib) through the real outbound HTTP
// client, with a resolver that maps test host names to 127.0.0.1: extraction by content type,
// the envelope and maxChars, spill files, redirects and their per-hop checks, the private-network
// refusals, body caps, error bodies, the cache, the timeout and abort.
#include <httplib.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <future>
#include <thread>

#include "server/domain/tools/tool_registry.hpp"
#include "server/domain/tools/web/web_fetch_tool.hpp"
#include "server/runtime/utf8_json.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway;
using namespace gateway::domain::tools;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

// A loopback site: pages by path, a hit counter, a slow page.
struct Site {
  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::atomic<int> hits{0};

  Site() {
    server.set_pre_routing_handler([this](const httplib::Request&, httplib::Response&) {
      ++hits;
      return httplib::Server::HandlerResponse::Unhandled;
    });
    server.Get("/article", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          "<html><head><title>Fetched page</title></head><body><nav>Menu</nav><article>"
          "<h1>Hello</h1><p>Some <a href=\"https://example.com/\">linked</a> text.</p>"
          "<script>alert(1)</script></article></body></html>",
          "text/html; charset=utf-8");
    });
    server.Get("/json", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(R"({"a":1,"b":[true]})", "application/json");
    });
    server.Get("/markdown", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("# Title\n\nA [link](https://x.example).", "text/markdown");
    });
    server.Get("/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(100'000, 'z'), "text/plain");
    });
    server.Get("/long", [](const httplib::Request&, httplib::Response& res) {
      std::string text;
      for (int i = 0; i < 500; ++i) text += "line " + std::to_string(i) + " of the long page\n";
      res.set_content(text, "text/plain");
    });
    server.Get("/missing", [](const httplib::Request&, httplib::Response& res) {
      res.status = 404;
      res.set_content("<html><body><h1>Not here</h1></body></html>", "text/html");
    });
    server.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(3s);
      res.set_content("late", "text/plain");
    });
    server.Get("/headers", [](const httplib::Request& req, httplib::Response& res) {
      res.set_content(req.get_header_value("User-Agent") + "|" + req.get_header_value("Accept") +
                          "|" + req.get_header_value("X-Extra"),
                      "text/plain");
    });
    server.Get(R"(/hop/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
      const int n = std::stoi(req.matches[1]);
      if (n == 0) return res.set_content("arrived", "text/plain");
      res.set_redirect("http://site.test:" + std::to_string(port) + "/hop/" +
                       std::to_string(n - 1));
    });
    server.Get("/to-loopback", [this](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("http://127.0.0.1:" + std::to_string(port) + "/article");
    });
    server.Get("/to-private-name", [this](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("http://private.test:" + std::to_string(port) + "/article");
    });
    port = server.bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(1ms);
  }
  ~Site() {
    server.stop();
    thread.join();
  }
  std::string Url(const std::string& host, const std::string& path) const {
    return "http://" + host + ":" + std::to_string(port) + path;
  }
};

// site.test and private.test resolve to 127.0.0.1; only site.test is allow-listed.
transport::HttpClient::Options ClientOptions() {
  transport::HttpClient::Options options;
  options.proxy = transport::ProxySettings{};
  options.resolver = [](const std::string& host, auto done) {
    if (host == "site.test" || host == "private.test") return done({"127.0.0.1"}, "");
    done({}, "unknown host " + host);
  };
  return options;
}

struct WebFetch {
  Site site;
  testing::TempDir dir;
  transport::HttpClient http{ClientOptions()};
  std::unique_ptr<ToolRegistry> registry;
  ToolContext context;

  WebFetch() : WebFetch(json::object()) {}
  explicit WebFetch(const json& fetch_config) {
    json config = {{"tools",
                    {{"web",
                      {{"fetch",
                        {{"ssrfPolicy", {{"allowedHostnames", {"site.test"}}}},
                         {"headers", {{"X-Extra", "yes"}, {"Host", "evil"}}}}}}}}}};
    config["tools"]["web"]["fetch"].merge_patch(fetch_config);
    proto::OpenClawConfig typed;
    proto::Read(config, typed, "");
    auto settings = web::WebFetchSettingsOf(typed);
    REQUIRE(settings);
    settings->spill_dir = dir / "spill";
    std::vector<std::unique_ptr<Tool>> extra;
    extra.push_back(web::MakeWebFetchTool(std::move(*settings), http));
    registry = ToolRegistry::CreateCore(std::move(extra));
  }

  ToolResult Call(const json& args) { return registry->Call("web_fetch", args.dump(), context); }

  json Payload(const json& args) {
    const ToolResult result = Call(args);
    INFO(result.text);
    REQUIRE_FALSE(result.is_error);
    const json payload = json::parse(result.text);
    CHECK(result.details == payload);
    return payload;
  }

  std::string Error(const json& args) {
    const ToolResult result = Call(args);
    REQUIRE(result.is_error);
    return json::parse(result.text)["error"];
  }
};

// The content between the envelope's header and end marker.
std::string Inside(const std::string& text) {
  const auto start = text.find("\n---\n");
  const auto end = text.rfind("\n<<<END_EXTERNAL_UNTRUSTED_CONTENT");
  REQUIRE(start != std::string::npos);
  REQUIRE(end != std::string::npos);
  return text.substr(start + 5, end - start - 5);
}

}  // namespace

TEST_CASE("web_fetch: an HTML page becomes wrapped Markdown", "[tools][web]") {
  WebFetch f;
  const std::string url = f.site.Url("site.test", "/article");
  const json page = f.Payload({{"url", "  " + url + " "}});
  CHECK(page["url"] == url);
  CHECK(page["finalUrl"] == url);
  CHECK(page["status"] == 200);
  CHECK(page["contentType"] == "text/html");
  CHECK(page["extractMode"] == "markdown");
  CHECK(page["extractor"] == "readability");
  CHECK(page["externalContent"] ==
        json{{"untrusted", true}, {"source", "web_fetch"}, {"wrapped", true}});
  CHECK(page["truncated"] == false);
  CHECK(Inside(page["title"]) == "Fetched page");
  CHECK(Inside(page["text"]) == "# Hello\n\nSome [linked](https://example.com/) text.");
  CHECK(page["text"].get<std::string>().starts_with("\nSECURITY NOTICE:"));
  CHECK(page["length"] == runtime::Utf16Length(page["text"].get<std::string>()));
  CHECK(page["rawLength"] == runtime::Utf16Length(Inside(page["text"])));
  CHECK(page.contains("fetchedAt"));
  CHECK(page["tookMs"].is_number());
  CHECK_FALSE(page.contains("cached"));
  // Keys in the reference's order.
  std::vector<std::string> keys;
  const auto ordered = nlohmann::ordered_json::parse(f.Call({{"url", url + "?x"}}).text);
  for (const auto& [key, value] : ordered.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"url", "finalUrl", "status", "contentType", "title",
                                         "extractMode", "extractor", "externalContent", "truncated",
                                         "length", "rawLength", "fetchedAt", "tookMs", "text"});

  const json text = f.Payload({{"url", url}, {"extractMode", "text"}});
  CHECK(Inside(text["text"]) == "Hello\n\nSome linked text.");
}

TEST_CASE("web_fetch: content types, headers and the cache", "[tools][web]") {
  WebFetch f;
  CHECK(Inside(f.Payload({{"url", f.site.Url("site.test", "/json")}})["text"]) ==
        "{\n  \"a\": 1,\n  \"b\": [\n    true\n  ]\n}");
  const json markdown = f.Payload({{"url", f.site.Url("site.test", "/markdown")}});
  CHECK(markdown["extractor"] == "cf-markdown");
  CHECK(Inside(markdown["text"]) == "# Title\n\nA [link](https://x.example).");
  const json plain =
      f.Payload({{"url", f.site.Url("site.test", "/markdown")}, {"extractMode", "text"}});
  CHECK(Inside(plain["text"]) == "Title\n\nA link.");
  const json headers = f.Payload({{"url", f.site.Url("site.test", "/headers")}});
  CHECK(headers["extractor"] == "raw");
  CHECK(Inside(headers["text"]).starts_with("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_2)"));
  CHECK(Inside(headers["text"]).ends_with("|text/markdown, text/html;q=0.9, */*;q=0.1|yes"));

  const int hits = f.site.hits;
  const json again = f.Payload({{"url", f.site.Url("site.test", "/json")}});
  CHECK(again["cached"] == true);
  CHECK(f.site.hits == hits);
  // Another mode or maxChars is another entry.
  f.Payload({{"url", f.site.Url("site.test", "/json")}, {"maxChars", 5000}});
  CHECK(f.site.hits == hits + 1);
}

TEST_CASE("web_fetch: maxChars cuts the text and spills the whole to a private file",
          "[tools][web]") {
  WebFetch f;
  const json page = f.Payload({{"url", f.site.Url("site.test", "/long")}, {"maxChars", 2000}});
  CHECK(page["truncated"] == true);
  CHECK(page["length"].get<std::size_t>() <= 2000);
  const std::string text = page["text"];
  CHECK(text.find("[Showing truncated web_fetch content.") != std::string::npos);
  REQUIRE(page.contains("spill"));
  const std::string path = page["spill"]["path"];
  CHECK(text.find(path) != std::string::npos);
  std::ifstream in(path);
  const std::string spilled((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(spilled.starts_with("line 0 of the long page\n"));
  CHECK(spilled.find("line 499 of the long page") != std::string::npos);
  CHECK(page["spill"]["chars"] == spilled.size());
  CHECK((std::filesystem::status(f.dir / "spill").permissions() &
         std::filesystem::perms::others_all) == std::filesystem::perms::none);

  // maxChars above the cap is held to the cap; below 100 is refused by the schema.
  const json capped = f.Payload({{"url", f.site.Url("site.test", "/long")}, {"maxChars", 999999}});
  CHECK(capped["length"].get<std::size_t>() <= 20000);
  CHECK(f.Call({{"url", f.site.Url("site.test", "/long")}, {"maxChars", 50}})
            .text.starts_with("Validation failed for tool \"web_fetch\""));
}

TEST_CASE("web_fetch: the response body is read up to maxResponseBytes", "[tools][web]") {
  WebFetch f(json{{"maxResponseBytes", 1000}});  // clamped up to 32000
  const json page = f.Payload({{"url", f.site.Url("site.test", "/big")}, {"maxChars", 100000}});
  CHECK(Inside(page["warning"]) == "Response body incomplete after 32000 bytes.");
  CHECK(page["truncated"] == true);  // then cut to the 20000-char cap
  CHECK(page["length"].get<std::size_t>() <= 20000);
}

TEST_CASE("web_fetch: redirects are followed and every hop is checked", "[tools][web]") {
  WebFetch f;
  const json page = f.Payload({{"url", f.site.Url("site.test", "/hop/3")}});
  CHECK(Inside(page["text"]) == "arrived");
  CHECK(page["finalUrl"] == f.site.Url("site.test", "/hop/0"));
  CHECK(f.Error({{"url", f.site.Url("site.test", "/hop/4")}}) == "Too many redirects (limit: 3)");
  CHECK(f.Error({{"url", f.site.Url("site.test", "/to-loopback")}}) ==
        "Blocked hostname or private/internal/special-use IP address");
  CHECK(f.Error({{"url", f.site.Url("site.test", "/to-private-name")}}) ==
        "Blocked: resolves to private/internal/special-use IP address");
}

TEST_CASE("web_fetch: refusals and failures", "[tools][web]") {
  WebFetch f(
      json{{"ssrfPolicy", {{"blockedHostnames", {"*.blocked.test"}}}}, {"timeoutSeconds", 0.5}});
  CHECK(f.Error({{"url", "ftp://site.test/x"}}) == "Invalid URL: must be http or https");
  CHECK(f.Error({{"url", "not a url"}}) == "Invalid URL: must be http or https");
  CHECK(f.Error({{"url", f.site.Url("127.0.0.1", "/article")}}) ==
        "Blocked hostname or private/internal/special-use IP address");
  CHECK(f.Error({{"url", f.site.Url("localhost", "/article")}}) ==
        "Blocked hostname or private/internal/special-use IP address");
  CHECK(
      f.Error({{"url", "http://a.blocked.test/"}})
          .starts_with("Domain policy: Blocked hostname (configured blocklist): a.blocked.test."));
  const std::string missing = f.Error({{"url", f.site.Url("private.test", "/missing")}});
  CHECK(missing == "Blocked: resolves to private/internal/special-use IP address");

  WebFetch g(json{{"timeoutSeconds", 0.5}});
  const std::string not_found = g.Error({{"url", g.site.Url("site.test", "/missing")}});
  CHECK(not_found.starts_with("Web fetch failed (404): \nSECURITY NOTICE:"));
  CHECK(Inside(not_found) == "Not here");
  CHECK(g.Error({{"url", g.site.Url("site.test", "/slow")}}) ==
        "Web fetch timed out after 0.5 seconds");
  CHECK(g.Error({{"url", "http://nowhere.test/"}}).starts_with("Web fetch failed: "));
}

TEST_CASE("web_fetch: an abort cancels the request at once", "[tools][web]") {
  WebFetch f;
  runtime::CancellationSource abort;
  f.context.cancel = abort.token();
  auto result = std::async(std::launch::async, [&] {
    return f.Call({{"url", f.site.Url("site.test", "/slow")}});
  });
  std::this_thread::sleep_for(200ms);
  const auto before = std::chrono::steady_clock::now();
  abort.Cancel();
  REQUIRE(result.wait_for(2s) == std::future_status::ready);
  const ToolResult r = result.get();
  CHECK(r.is_error);
  CHECK(json::parse(r.text)["error"] == "Web fetch aborted");
  CHECK(std::chrono::steady_clock::now() - before < 2s);
}

TEST_CASE("web_fetch: tools.web.fetch.enabled false builds no tool", "[tools][web]") {
  proto::OpenClawConfig typed;
  proto::Read(json{{"tools", {{"web", {{"fetch", {{"enabled", false}}}}}}}}, typed, "");
  CHECK_FALSE(web::WebFetchSettingsOf(typed));
  proto::OpenClawConfig none;
  REQUIRE(web::WebFetchSettingsOf(none));
  CHECK(web::WebFetchSettingsOf(none)->max_chars == 20000);
  CHECK(web::WebFetchSettingsOf(none)->limits.max_body_bytes == 750000);
}
