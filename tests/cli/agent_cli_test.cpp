// `openclaw agent`, `openclaw chat` and `openclaw models list|status` as real processes against a
// real gateway process whose one model provider is a stand-in OpenAI Chat Completions server in
// this test (streamed SSE answer, or a 401).
#include <httplib.h>
#include <poll.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "tests/support/gateway_process.hpp"

using namespace gateway::testing;
using nlohmann::json;

namespace {

constexpr const char* kApiKey = "sk-test-secret";

// POST /v1/chat/completions on loopback: "Hel" + "lo there" as separate SSE chunks, a stop chunk,
// a usage chunk and [DONE]; or, with `reject`, a 401 with an OpenAI error body.
class StandinModel {
 public:
  StandinModel() {
    server_.Post("/v1/chat/completions", [this](const httplib::Request& req,
                                                httplib::Response& res) {
      ++requests_;
      {
        std::lock_guard lock(mutex_);
        authorization_ = req.get_header_value("Authorization");
      }
      if (reject_) {
        res.status = 401;
        res.set_content(R"({"error":{"message":"bad key","type":"invalid_request_error"}})",
                        "application/json");
        return;
      }
      if (hold_) {
        // "Hel", then nothing until released (or the client goes away): a reply to interrupt.
        res.set_chunked_content_provider(
            "text/event-stream", [this](std::size_t offset, httplib::DataSink& sink) {
              if (offset == 0) {
                const std::string first =
                    "data: " +
                    json{{"choices", {{{"index", 0}, {"delta", {{"content", "Hel"}}}}}}}.dump() +
                    "\n\n";
                return sink.write(first.data(), first.size());
              }
              std::this_thread::sleep_for(std::chrono::milliseconds(10));
              if (released_) {
                sink.done();
                return true;
              }
              return sink.is_writable();
            });
        return;
      }
      res.set_chunked_content_provider("text/event-stream", [](std::size_t,
                                                               httplib::DataSink& sink) {
        auto chunk = [](const json& delta, const json& finish) {
          json body = {{"id", "c1"},
                       {"object", "chat.completion.chunk"},
                       {"model", "m1"},
                       {"choices", {{{"index", 0}, {"delta", delta}, {"finish_reason", finish}}}}};
          return "data: " + body.dump() + "\n\n";
        };
        const std::string pieces[] = {
            chunk({{"role", "assistant"}, {"content", "Hel"}}, nullptr),
            chunk({{"content", "lo there"}}, nullptr), chunk(json::object(), "stop"),
            "data: " +
                json{{"id", "c1"},
                     {"choices", json::array()},
                     {"usage",
                      {{"prompt_tokens", 5}, {"completion_tokens", 2}, {"total_tokens", 7}}}}
                    .dump() +
                "\n\n",
            "data: [DONE]\n\n"};
        for (const auto& piece : pieces) {
          if (!sink.write(piece.data(), piece.size())) return false;
        }
        sink.done();
        return true;
      });
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    // bind_to_any_port already listens: connections queue until listen_after_bind runs.
  }
  ~StandinModel() {
    released_ = true;
    server_.stop();
    thread_.join();
  }
  std::string BaseUrl() const { return "http://127.0.0.1:" + std::to_string(port_) + "/v1"; }
  void Reject(bool on) { reject_ = on; }
  void Hold(bool on) { hold_ = on; }
  int requests() const { return requests_; }
  std::string authorization() const {
    std::lock_guard lock(mutex_);
    return authorization_;
  }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::atomic<bool> reject_{false};
  std::atomic<bool> hold_{false};
  std::atomic<bool> released_{false};
  std::atomic<int> requests_{0};
  mutable std::mutex mutex_;
  std::string authorization_;
};

// A configured home whose default model is standin/m1, with its gateway running.
struct AgentSetup {
  StandinModel model;
  Home home;
  int port = FreePort();
  std::unique_ptr<GatewayProcess> gateway;

  AgentSetup() {
    REQUIRE(home.Run({"setup"}).exit_code == 0);
    const auto path = home.dir / ".openclaw/openclaw.json";
    json config = json::parse(ReadFile(path));
    config["models"]["providers"]["standin"] = {{"baseUrl", model.BaseUrl()},
                                                {"apiKey", kApiKey},
                                                {"api", "openai-completions"},
                                                {"models", {{{"id", "m1"}, {"name", "Stand-in"}}}}};
    config["agents"]["defaults"]["model"] = "standin/m1";
    config["logging"]["file"] = (home.dir / "logs/gateway.log").string();
    std::ofstream(path) << config.dump(2);
    auto validate = home.Run({"config", "validate"});
    INFO(validate.out << validate.err);
    REQUIRE(validate.exit_code == 0);
    home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(port);
    gateway = std::make_unique<GatewayProcess>(home, port);
    gateway->Connect(home.Token());  // waits until it listens
  }
};

// `openclaw <args>` with its stdout and stderr on pipes, for tests that signal it mid-run.
class CliChild {
 public:
  CliChild(std::vector<std::string> args, const std::map<std::string, std::string>& env) {
    int in[2], out[2], err[2];
    REQUIRE(pipe(in) == 0);
    REQUIRE(pipe(out) == 0);
    REQUIRE(pipe(err) == 0);
    args.insert(args.begin(), OPENCLAW_BIN);
    pid_ = fork();
    if (pid_ == 0) {
      std::vector<std::string> strings;
      for (const auto& [k, v] : env) strings.push_back(k + "=" + v);
      std::vector<char*> envp, argv;
      for (auto& e : strings) envp.push_back(e.data());
      envp.push_back(nullptr);
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      dup2(in[0], 0);
      dup2(out[1], 1);
      dup2(err[1], 2);
      close(in[1]);
      close(out[0]);
      close(err[0]);
      execve(OPENCLAW_BIN, argv.data(), envp.data());
      _exit(127);
    }
    close(in[0]);
    close(out[1]);
    close(err[1]);
    stdin_ = in[1];
    fds_[0] = out[0];
    fds_[1] = err[0];
  }
  ~CliChild() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    CloseStdin();
    for (int fd : fds_) close(fd);
  }
  CliChild(const CliChild&) = delete;
  CliChild& operator=(const CliChild&) = delete;

  // Reads stdout and stderr until stdout (or stderr) contains `needle` (true) or the time is up
  // (false).
  bool ReadUntil(const std::string& needle, std::chrono::milliseconds limit, bool in_err = false) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while ((in_err ? err : out).find(needle) == std::string::npos) {
      if (std::chrono::steady_clock::now() >= deadline || !ReadSome(deadline)) return false;
    }
    return true;
  }
  // Reads both pipes to their end and reaps the child: its exit code, or -1.
  int Finish(std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline && ReadSome(deadline)) {
    }
    int status = 0;
    // The pipes close a moment before the child can be reaped.
    while (waitpid(pid_, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() >= deadline) return -1;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  void Signal(int sig) { kill(pid_, sig); }
  void Write(const std::string& text) {
    REQUIRE(write(stdin_, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  }
  void CloseStdin() {
    if (stdin_ >= 0) close(stdin_);
    stdin_ = -1;
  }

  std::string out, err;

 private:
  // One poll and read; false once both pipes reached their end.
  bool ReadSome(std::chrono::steady_clock::time_point deadline) {
    pollfd p[2] = {{fds_[0], POLLIN, 0}, {fds_[1], POLLIN, 0}};
    if (p[0].fd < 0 && p[1].fd < 0) return false;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (poll(p, 2, static_cast<int>(std::max<std::int64_t>(0, left.count()))) <= 0) return true;
    for (int i = 0; i < 2; ++i) {
      if (p[i].fd < 0 || !(p[i].revents & (POLLIN | POLLHUP))) continue;
      char buf[4096];
      const ssize_t n = read(p[i].fd, buf, sizeof buf);
      if (n <= 0) {
        close(fds_[i]);
        fds_[i] = -1;
      } else {
        (i == 0 ? out : err).append(buf, static_cast<std::size_t>(n));
      }
    }
    return true;
  }

  pid_t pid_ = -1;
  int stdin_ = -1;
  int fds_[2] = {-1, -1};
};

}  // namespace

TEST_CASE("agent CLI: streams the reply, --json prints the final payload", "[cli][agent]") {
  AgentSetup s;
  auto run = s.home.Run({"agent", "--agent", "main", "--message", "hi"});
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out == "Hello there\n");
  CHECK(s.model.requests() == 1);
  CHECK(s.model.authorization() == std::string("Bearer ") + kApiKey);

  auto as_json = s.home.Run({"agent", "--agent", "main", "--message", "again", "--json"});
  INFO(as_json.err);
  CHECK(as_json.exit_code == 0);
  const json payload = json::parse(as_json.out);
  CHECK(payload["status"] == "ok");
  CHECK(payload["summary"] == "completed");
  CHECK(payload["result"]["payloads"][0]["text"] == "Hello there");
  CHECK(payload["runId"].is_string());

  // A session key instead of an agent, and the message from a file.
  const auto file = s.home.dir / "message.txt";
  std::ofstream(file) << "from a file\n";
  auto keyed = s.home.Run(
      {"agent", "--session-key", "agent:main:cli-test", "--message-file", file.string()});
  INFO(keyed.err);
  CHECK(keyed.exit_code == 0);
  CHECK(keyed.out == "Hello there\n");
}

TEST_CASE("agent CLI: a provider error exits 1 with the error on stderr", "[cli][agent]") {
  AgentSetup s;
  s.model.Reject(true);
  auto run = s.home.Run({"agent", "--agent", "main", "--message", "hi"});
  CHECK(run.exit_code == 1);
  INFO(run.err);
  CHECK(run.err.find("openclaw: ") != std::string::npos);
  CHECK(run.err.find("bad key") != std::string::npos);
  CHECK(run.out.find("Hello") == std::string::npos);
}

TEST_CASE("agent CLI: Ctrl-C aborts the run through chat.abort and exits 1", "[cli][agent]") {
  AgentSetup s;
  s.model.Hold(true);
  CliChild child({"agent", "--agent", "main", "--message", "hi"}, s.home.env);
  REQUIRE(child.ReadUntil("Hel", std::chrono::seconds(10)));
  const auto interrupted = std::chrono::steady_clock::now();
  child.Signal(SIGINT);
  CHECK(child.Finish(std::chrono::seconds(10)) == 1);
  CHECK(std::chrono::steady_clock::now() - interrupted < std::chrono::seconds(4));
  INFO(child.err);
  CHECK(child.out == "Hel\n");
  CHECK(child.err.find("interrupted: aborting the run") != std::string::npos);
  CHECK(child.err.find("aborted") != std::string::npos);
  CHECK(child.err.find("chat.abort") == std::string::npos);  // the abort itself succeeded
}

TEST_CASE("agent CLI: usage errors", "[cli][agent]") {
  AgentSetup s;
  auto no_selector = s.home.Run({"agent", "--message", "hi"});
  CHECK(no_selector.exit_code == 2);
  CHECK(no_selector.err.find("--agent <id>, --session-key <key>") != std::string::npos);
  auto no_message = s.home.Run({"agent", "--agent", "main"});
  CHECK(no_message.exit_code == 2);
  CHECK(no_message.err.find("a message is required") != std::string::npos);
  auto unknown = s.home.Run({"agent", "--agent", "nobody", "--message", "hi"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("unknown agent id \"nobody\"") != std::string::npos);
  CHECK(s.model.requests() == 0);
}

TEST_CASE("models CLI: list from the gateway, status from config and env", "[cli][models]") {
  AgentSetup s;
  auto list = s.home.Run({"models", "list", "--json"});
  INFO(list.err);
  REQUIRE(list.exit_code == 0);
  const json models = json::parse(list.out)["models"];
  bool found = false;
  for (const auto& m : models) {
    found = found || (m["provider"] == "standin" && m["id"] == "m1" && m["name"] == "Stand-in");
  }
  CHECK(found);
  auto table = s.home.Run({"models", "list"});
  CHECK(table.exit_code == 0);
  CHECK(table.out.find("standin/m1") != std::string::npos);
  CHECK(table.out.find("Stand-in") != std::string::npos);

  Home& home = s.home;
  home.env["OPENROUTER_API_KEY"] = "or-secret-value";
  auto status = home.Run({"models", "status"});
  INFO(status.err);
  CHECK(status.exit_code == 0);
  CHECK(status.out.find("config (models.providers.standin.apiKey)") != std::string::npos);
  CHECK(status.out.find("env OPENROUTER_API_KEY") != std::string::npos);
  CHECK(status.out.find("missing (set ANTHROPIC_OAUTH_TOKEN or ANTHROPIC_API_KEY)") !=
        std::string::npos);
  CHECK(status.out.find(kApiKey) == std::string::npos);
  CHECK(status.out.find("or-secret-value") == std::string::npos);
  auto status_json = home.Run({"models", "status", "--json"});
  CHECK(status_json.exit_code == 0);
  CHECK(status_json.out.find(kApiKey) == std::string::npos);
  const json providers = json::parse(status_json.out)["providers"];
  CHECK(providers[0]["id"] == "standin");
  CHECK(providers[0]["credential"]["source"] == "config");
  CHECK(providers[0]["baseUrl"] == s.model.BaseUrl());

  // --probe: a one-token request to the stand-in, straight from the CLI.
  home.env.erase("OPENROUTER_API_KEY");
  auto probe = home.Run({"models", "status", "--probe", "--json"});
  INFO(probe.err);
  CHECK(probe.exit_code == 0);
  CHECK(json::parse(probe.out)["providers"][0]["probe"].get<std::string>().starts_with(
      "ok (standin/m1"));
  CHECK(probe.out.find(kApiKey) == std::string::npos);
}

TEST_CASE("chat CLI: one line in, the streamed reply out, EOF exits 0", "[cli][chat]") {
  AgentSetup s;
  std::vector<std::string> args = {OPENCLAW_BIN, "chat"};
  auto run = RunProcess(args, s.home.env, "hello\n\n/exit\nnot sent\n");
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out == "Hello there\n");
  CHECK(s.model.requests() == 1);

  auto two = RunProcess(args, s.home.env, "one\ntwo");  // the last line needs no newline
  INFO(two.err);
  CHECK(two.exit_code == 0);
  CHECK(two.out == "Hello there\nHello there\n");
}

TEST_CASE("chat CLI: Ctrl-C aborts the reply and returns to the prompt", "[cli][chat]") {
  AgentSetup s;
  s.model.Hold(true);
  CliChild child({"chat"}, s.home.env);
  child.Write("hello\n");
  REQUIRE(child.ReadUntil("Hel", std::chrono::seconds(10)));
  child.Signal(SIGINT);
  REQUIRE(child.ReadUntil("[aborted]", std::chrono::seconds(5), /*in_err=*/true));
  s.model.Hold(false);
  child.Write("again\n");
  REQUIRE(child.ReadUntil("Hello there\n", std::chrono::seconds(10)));
  child.CloseStdin();
  CHECK(child.Finish(std::chrono::seconds(5)) == 0);
  INFO(child.err);
  CHECK(child.out == "Hel\nHello there\n");
  CHECK(s.model.requests() == 2);
}
