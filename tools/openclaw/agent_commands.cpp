#include "tools/openclaw/agent_commands.hpp"

#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>

#include "gateway/client/random_uuid.hpp"
#include "gateway/proto/agent_client.hpp"
#include "gateway/proto/chat_client.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/rpc_command.hpp"

namespace gateway::cli {
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

constexpr auto kConnectTimeout = 10s;
constexpr auto kEventPoll = 100ms;
constexpr auto kAbortGrace = 5s;  // how long to wait for a run to settle after chat.abort
// How long past the run's own budget (--timeout) the CLI waits for the final response.
constexpr auto kFinalMargin = 30s;

// --- Ctrl-C ---------------------------------------------------------------------------------

std::atomic<int> g_interrupts{0};

void OnInterrupt(int) { g_interrupts.fetch_add(1); }

// SIGINT only counts (no SA_RESTART, so a blocking read returns EINTR); the loops below look.
void CountInterrupts() {
  struct sigaction action {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
}

// --- the chat events of one run --------------------------------------------------------------

std::string TextOf(const json& message) {
  std::string text;
  if (!message.is_object()) return text;
  const auto content = message.find("content");
  if (content == message.end()) return text;
  if (content->is_string()) return content->get<std::string>();
  if (!content->is_array()) return text;
  for (const auto& part : *content) {
    if (part.is_object() && part.value("type", "") == "text" && part.contains("text") &&
        part["text"].is_string()) {
      text += part["text"].get<std::string>();
    }
  }
  return text;
}

// Follows the `chat` events of one run (runId = the idempotency key): prints each delta's
// `deltaText` as it arrives (unless quiet) and remembers how the run ended.
class ReplyStream {
 public:
  ReplyStream(std::string run_id, bool print) : run_id_(std::move(run_id)), print_(print) {}

  // Takes one `chat` event frame; events of other runs are ignored.
  void Handle(const json& frame) {
    const json payload = frame.value("payload", json::object());
    if (!payload.is_object() || payload.value("runId", "") != run_id_) return;
    const std::string state = payload.value("state", "");
    if (state == "delta") {
      const std::string text = payload.value("deltaText", "");
      if (payload.value("replace", false)) {
        // The full new text: print what extends the streamed text, else start over on a new line.
        if (text.starts_with(streamed_)) {
          Print(text.substr(streamed_.size()));
        } else {
          Print("\n" + text);
        }
        streamed_ = text;
      } else {
        Print(text);
        streamed_ += text;
      }
    } else if (state == "final" || state == "aborted" || state == "error") {
      terminal_ = payload;
    }
  }

  const std::string& run_id() const { return run_id_; }
  bool streamed() const { return !streamed_.empty(); }
  const std::optional<json>& terminal() const { return terminal_; }
  std::string state() const { return terminal_ ? terminal_->value("state", "") : ""; }
  // Ends the streamed line, if anything was printed.
  void EndLine() {
    if (print_ && streamed() && !line_ended_) {
      std::cout << "\n" << std::flush;
      line_ended_ = true;
    }
  }

 private:
  void Print(const std::string& text) {
    if (!print_ || text.empty()) return;
    std::cout << text << std::flush;
  }

  std::string run_id_;
  bool print_;
  std::string streamed_;
  bool line_ended_ = false;
  std::optional<json> terminal_;
};

// The session key the gateway reports for a run, learnt from its `agent`/`chat` events (an
// `agent` call without sessionKey runs on a key the gateway chooses).
class SessionKeyWatch {
 public:
  SessionKeyWatch(client::GatewayClient& client, std::string run_id)
      : state_(std::make_shared<State>()) {
    state_->run_id = std::move(run_id);
    client.OnEvent([state = state_](const std::string& event, const json& frame) {
      if (event != "agent" && event != "chat") return;
      const json payload = frame.value("payload", json::object());
      if (!payload.is_object() || payload.value("runId", "") != state->run_id) return;
      if (!payload.contains("sessionKey") || !payload["sessionKey"].is_string()) return;
      std::lock_guard lock(state->mutex);
      if (state->key.empty()) state->key = payload["sessionKey"].get<std::string>();
    });
  }
  std::string key() const {
    std::lock_guard lock(state_->mutex);
    return state_->key;
  }

 private:
  struct State {
    std::mutex mutex;
    std::string run_id;
    std::string key;
  };
  std::shared_ptr<State> state_;
};

bool Closed(client::GatewayClient& client) { return client.WaitClosed(0ms).closed; }

// Sends chat.abort for a run; failures only warn (the CLI is leaving anyway).
void AbortRun(client::GatewayClient& client, const std::string& session_key,
              const std::optional<std::string>& agent_id, const std::string& run_id) {
  proto::ChatAbortParams params;
  params.session_key = session_key;
  params.agent_id = agent_id;
  params.run_id = run_id;
  try {
    auto result = proto::ChatClient(client).ChatAbort(params, kAbortGrace);
    if (!result.ok()) std::cerr << "openclaw: chat.abort: " << result.error().message << "\n";
  } catch (const client::GatewayError& e) {
    std::cerr << "openclaw: chat.abort failed: " << e.what() << "\n";
  }
}

// --- openclaw agent --------------------------------------------------------------------------

struct AgentOptions {
  RpcOptions rpc;
  std::string message;
  std::optional<std::string> message_file;
  std::optional<std::string> agent_id;
  std::optional<std::string> session_key;
  std::optional<std::string> session_id;
  std::optional<std::string> to;
  std::optional<std::string> thinking;
  std::optional<std::string> channel;
  std::optional<std::string> reply_channel;
  std::optional<std::string> reply_to;
  std::int64_t timeout_s = 600;
  bool deliver = false;
};

std::string Lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string ReadMessageFile(const std::string& path) {
  std::ostringstream text;
  if (path == "-") {
    text << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw CommandError(kExitUsage, "cannot read --message-file " + path);
    text << in.rdbuf();
  }
  std::string message = text.str();
  while (!message.empty() && (message.back() == '\n' || message.back() == '\r')) message.pop_back();
  return message;
}

bool Blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// `/new` and `/reset` (optionally followed by text) need operator.admin (methods.md §1).
bool IsResetCommand(const std::string& message) {
  const auto start = message.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return false;
  const std::string head = Lower(message.substr(start, 7));
  for (std::string_view command : {"/new", "/reset"}) {
    if (!head.starts_with(command)) continue;
    if (head.size() == command.size()) return true;
    const char next = head[command.size()];
    if (next == ' ' || next == '\t' || next == '\n' || next == '\r') return true;
  }
  return false;
}

// Prints the final payload without --json (src/commands/agent-via-gateway.ts): the streamed text
// already went out; otherwise each payload, or the summary when nothing came back.
void PrintFinal(const json& payload, ReplyStream& stream) {
  const std::string status = payload.value("status", "");
  if (stream.streamed()) {
    stream.EndLine();
    return;
  }
  int printed = 0;
  const json result = payload.value("result", json::object());
  if (result.is_object() && result.contains("payloads") && result["payloads"].is_array()) {
    for (const auto& entry : result["payloads"]) {
      if (!entry.is_object()) continue;
      if (entry.contains("text") && entry["text"].is_string() &&
          !entry["text"].get<std::string>().empty()) {
        std::cout << entry["text"].get<std::string>() << "\n";
        ++printed;
      }
      if (entry.contains("mediaUrl") && entry["mediaUrl"].is_string()) {
        std::cout << "MEDIA:" << entry["mediaUrl"].get<std::string>() << "\n";
        ++printed;
      }
      if (entry.contains("mediaUrls") && entry["mediaUrls"].is_array()) {
        for (const auto& url : entry["mediaUrls"]) {
          if (url.is_string() && url != entry.value("mediaUrl", json())) {
            std::cout << "MEDIA:" << url.get<std::string>() << "\n";
            ++printed;
          }
        }
      }
    }
  }
  if (printed == 0 && status != "ok") {
    const std::string summary = payload.value("summary", "");
    std::cout << (summary.empty() ? std::string("No reply from agent.") : summary) << "\n";
  }
  std::cout << std::flush;
}

int Agent(CliContext& ctx, const AgentOptions& o) {
  if (!o.message.empty() && o.message_file) {
    throw CommandError(kExitUsage, "pass either --message or --message-file, not both");
  }
  const std::string message = o.message_file ? ReadMessageFile(*o.message_file) : o.message;
  if (Blank(message)) {
    throw CommandError(kExitUsage, "a message is required: --message <text> or --message-file");
  }
  if (!o.agent_id && !o.session_key && !o.session_id && !o.to) {
    throw CommandError(kExitUsage,
                       "choose where the message goes: pass --agent <id>, --session-key <key>, "
                       "--session-id <id> or --to <dest>");
  }
  if (o.timeout_s < 0) throw CommandError(kExitUsage, "--timeout must be 0 (none) or seconds");

  RpcTarget target = ResolveTarget(ctx, o.rpc);
  std::vector<std::string> scopes = {IsResetCommand(message) ? "operator.admin" : "operator.write"};
  auto client = ConnectTo(target, scopes, kConnectTimeout);

  // agents.list first, as the real CLI does; it also checks --agent.
  auto agents = Typed([&] { return proto::AgentClient(*client).AgentsList(); }, o.rpc.json);
  std::optional<std::string> agent_id = o.agent_id;
  if (agent_id) {
    *agent_id = Lower(*agent_id);
    bool known = *agent_id == Lower(agents.value().default_id);
    std::string ids;
    for (const auto& agent : agents.value().agents) {
      known = known || Lower(agent.id) == *agent_id;
      ids += (ids.empty() ? "" : ", ") + agent.id;
    }
    if (!known) {
      throw CommandError(kExitUsage,
                         "unknown agent id \"" + *o.agent_id + "\" (configured: " + ids + ")");
    }
  }

  proto::AgentParams params;
  params.message = message;
  params.idempotency_key = client::RandomUuid();
  params.agent_id = agent_id;
  params.session_key = o.session_key;
  params.session_id = o.session_id;
  params.to = o.to;
  params.thinking = o.thinking;
  if (o.deliver) params.deliver = true;
  params.channel = o.channel;
  params.reply_channel = o.reply_channel;
  params.reply_to = o.reply_to;
  params.timeout = o.timeout_s;
  const std::string run_id = params.idempotency_key;

  ReplyStream stream(run_id, /*print=*/!o.rpc.json);
  SessionKeyWatch session(*client, run_id);
  CountInterrupts();
  const int interrupts_before = g_interrupts.load();

  std::future<client::RpcResult> final_answer;
  try {
    final_answer = client->CallAsync("agent", proto::Write(params), /*expect_final=*/true);
  } catch (const client::GatewayError& e) {
    ThrowForClientError(e, target.url);
  }
  const bool bounded = o.timeout_s > 0;
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(o.timeout_s) + kFinalMargin;
  std::optional<std::chrono::steady_clock::time_point> abort_deadline;
  while (final_answer.wait_for(0ms) != std::future_status::ready) {
    if (!abort_deadline && g_interrupts.load() != interrupts_before) {
      stream.EndLine();
      std::cerr << "openclaw: interrupted: aborting the run\n";
      std::string key = session.key();
      if (key.empty()) key = o.session_key.value_or("");
      if (key.empty()) {
        // The key the gateway gives an `agent` run without one (methods.md §5.1).
        key = "agent:" + agent_id.value_or(agents.value().default_id) +
              ":explicit:" + o.session_id.value_or(run_id);
      }
      AbortRun(*client, key, agent_id, run_id);
      abort_deadline = std::chrono::steady_clock::now() + kAbortGrace;
    }
    if (abort_deadline && (std::chrono::steady_clock::now() > *abort_deadline ||
                           g_interrupts.load() > interrupts_before + 1)) {
      throw CommandError(kExitFailure, "run " + run_id + " aborted");
    }
    if (bounded && std::chrono::steady_clock::now() > deadline) {
      stream.EndLine();
      throw CommandError(kExitFailure, "no final answer for run " + run_id + " within " +
                                           std::to_string(o.timeout_s) + " s (timeout)");
    }
    if (auto event = client->WaitEvent("chat", kEventPoll)) stream.Handle(*event);
  }
  client::RpcResult result;
  try {
    result = final_answer.get();
  } catch (const client::GatewayError& e) {
    stream.EndLine();
    ThrowForClientError(e, target.url);
  }
  // Deltas that were already buffered when the final response arrived.
  while (auto event = client->WaitEvent("chat", 0ms)) stream.Handle(*event);

  if (!result.ok) {
    stream.EndLine();
    FailWith(result, o.rpc.json);
  }
  json payload = result.payload.is_object() ? result.payload : json::object();
  const std::string status = payload.value("status", "");
  if (status == "in_flight") {
    throw CommandError(kExitFailure,
                       "a run with idempotency key " + run_id + " is already in flight");
  }
  if (o.rpc.json) {
    if (payload.contains("/result/deliveryStatus"_json_pointer)) {
      payload["deliveryStatus"] = payload["/result/deliveryStatus"_json_pointer];
    }
    std::cout << payload.dump(2) << "\n";
  } else {
    PrintFinal(payload, stream);
  }
  if (abort_deadline) throw CommandError(kExitFailure, "run " + run_id + " aborted");
  if (status != "ok") {
    std::string why = payload.value("summary", "");
    if (payload.contains("stopReason") && payload["stopReason"].is_string())
      why += (why.empty() ? "" : ", ") + payload["stopReason"].get<std::string>();
    throw CommandError(kExitFailure, "agent run ended with status " + status +
                                         (why.empty() ? "" : " (" + why + ")"));
  }
  return kExitOk;
}

// --- openclaw chat ---------------------------------------------------------------------------

struct ChatOptions {
  RpcOptions rpc;
  std::string session_key = "main";
  std::optional<std::string> agent_id;
  std::optional<std::string> thinking;
};

// Reads lines from a file descriptor, giving up when SIGINT arrives.
class LineReader {
 public:
  explicit LineReader(int fd) : fd_(fd) {}

  enum class Status { kLine, kEof, kInterrupted };

  Status Next(std::string& line, int interrupts_before) {
    for (;;) {
      if (const auto newline = buffer_.find('\n'); newline != std::string::npos) {
        line = buffer_.substr(0, newline);
        buffer_.erase(0, newline + 1);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return Status::kLine;
      }
      if (eof_) {
        if (buffer_.empty()) return Status::kEof;
        line = std::move(buffer_);
        buffer_.clear();
        return Status::kLine;
      }
      if (g_interrupts.load() != interrupts_before) return Status::kInterrupted;
      pollfd p{fd_, POLLIN, 0};
      const int ready = ::poll(&p, 1, static_cast<int>(kEventPoll.count()));
      if (ready <= 0) continue;  // timeout or EINTR: look at the interrupt count again
      char chunk[4096];
      const ssize_t n = ::read(fd_, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        eof_ = true;
        continue;
      }
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

 private:
  int fd_;
  std::string buffer_;
  bool eof_ = false;
};

std::string Trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

// One turn: chat.send, then the run's deltas until it ends (Ctrl-C aborts it).
void ChatTurn(client::GatewayClient& client, const ChatOptions& o, const std::string& text,
              const std::string& url) {
  proto::ChatSendParams params;
  params.session_key = o.session_key;
  params.message = text;
  params.idempotency_key = client::RandomUuid();
  params.agent_id = o.agent_id;
  params.thinking = o.thinking;
  const std::string run_id = params.idempotency_key;
  ReplyStream stream(run_id, /*print=*/true);
  SessionKeyWatch session(client, run_id);
  const int interrupts_before = g_interrupts.load();

  client::TypedResult<proto::ChatSendResult> ack = [&] {
    try {
      return proto::ChatClient(client).ChatSend(params);
    } catch (const client::GatewayError& e) {
      ThrowForClientError(e, url);
    }
  }();
  if (!ack.ok()) {
    std::cerr << "openclaw: " << ack.error().code << ": " << ack.error().message << "\n";
    return;
  }
  if (ack.value().status == proto::ChatSendStatus::kInFlight) {
    std::cerr << "openclaw: that message is already being answered\n";
    return;
  }
  std::optional<std::chrono::steady_clock::time_point> abort_deadline;
  while (!stream.terminal()) {
    if (!abort_deadline && g_interrupts.load() != interrupts_before) {
      stream.EndLine();
      const std::string key = session.key();
      AbortRun(client, key.empty() ? o.session_key : key, o.agent_id, run_id);
      abort_deadline = std::chrono::steady_clock::now() + kAbortGrace;
    }
    if (abort_deadline && std::chrono::steady_clock::now() > *abort_deadline) break;
    if (auto event = client.WaitEvent("chat", kEventPoll)) {
      stream.Handle(*event);
    } else if (Closed(client)) {
      stream.EndLine();
      throw CommandError(kExitFailure, "the gateway closed the connection");
    }
  }
  const std::string state = stream.state();
  if (state == "final") {
    if (stream.streamed()) {
      stream.EndLine();
    } else if (const std::string final_text = TextOf(stream.terminal()->value("message", json()));
               !final_text.empty()) {
      std::cout << final_text << "\n" << std::flush;
    }
  } else if (state == "error") {
    stream.EndLine();
    std::string error = stream.terminal()->value("errorMessage", "");
    std::cerr << "openclaw: " << (error.empty() ? std::string("the run failed") : error) << "\n";
  } else {
    stream.EndLine();
    std::cerr << "[aborted]\n";
  }
}

int Chat(CliContext& ctx, const ChatOptions& o) {
  RpcTarget target = ResolveTarget(ctx, o.rpc);
  auto client = ConnectTo(target, {"operator.write"}, kConnectTimeout);
  const bool interactive = ::isatty(STDIN_FILENO) != 0;
  if (interactive) {
    std::cerr << "Chat on session " << o.session_key
              << (o.agent_id ? " (agent " + *o.agent_id + ")" : std::string())
              << ". /exit to quit; Ctrl-C stops a reply, Ctrl-C at the prompt quits.\n";
  }
  CountInterrupts();
  LineReader reader(STDIN_FILENO);
  for (;;) {
    if (interactive) std::cout << "> " << std::flush;
    std::string line;
    const auto status = reader.Next(line, g_interrupts.load());
    if (status == LineReader::Status::kEof) return kExitOk;
    if (status == LineReader::Status::kInterrupted) {
      if (interactive) std::cout << "\n";
      return kExitOk;
    }
    const std::string text = Trim(line);
    if (text.empty()) continue;
    if (text == "/exit" || text == "/quit") return kExitOk;
    ChatTurn(*client, o, text, target.url);
  }
}

}  // namespace

void AddAgentCommands(CLI::App& app, Action& action) {
  auto agent_options = std::make_shared<AgentOptions>();
  auto* agent = app.add_subcommand(
      "agent", "Run one agent turn through the gateway and print the reply as it streams");
  agent->add_option("-m,--message", agent_options->message, "The message to send");
  agent->add_option_function<std::string>(
      "--message-file", [o = agent_options.get()](const std::string& v) { o->message_file = v; },
      "Read the message from a file (- for stdin)");
  agent->add_option_function<std::string>(
      "--agent", [o = agent_options.get()](const std::string& v) { o->agent_id = v; },
      "Agent id (e.g. main)");
  agent->add_option_function<std::string>(
      "--session-key", [o = agent_options.get()](const std::string& v) { o->session_key = v; },
      "Session key (e.g. agent:main:main)");
  agent->add_option_function<std::string>(
      "--session-id", [o = agent_options.get()](const std::string& v) { o->session_id = v; },
      "Session id");
  agent->add_option_function<std::string>(
      "-t,--to", [o = agent_options.get()](const std::string& v) { o->to = v; },
      "Destination (channel peer) that picks the session");
  agent->add_option_function<std::string>(
      "--thinking", [o = agent_options.get()](const std::string& v) { o->thinking = v; },
      "Thinking level (off, minimal, low, medium, high)");
  agent->add_option_function<std::string>(
      "--channel", [o = agent_options.get()](const std::string& v) { o->channel = v; },
      "Channel for delivery");
  agent->add_option_function<std::string>(
      "--reply-channel", [o = agent_options.get()](const std::string& v) { o->reply_channel = v; },
      "Channel the reply is delivered to");
  agent->add_option_function<std::string>(
      "--reply-to", [o = agent_options.get()](const std::string& v) { o->reply_to = v; },
      "Destination the reply is delivered to");
  agent->add_flag("--deliver", agent_options->deliver, "Deliver the reply to the channel");
  agent
      ->add_option("--timeout", agent_options->timeout_s,
                   "Run budget in seconds (default 600; 0 = none)")
      ->check(CLI::NonNegativeNumber);
  agent->add_flag("--json", agent_options->rpc.json, "Print the final payload as JSON");
  AddTargetFlags(*agent, agent_options->rpc);
  agent->callback([&action, agent_options] {
    action = [agent_options](CliContext& ctx) { return Agent(ctx, *agent_options); };
  });

  auto chat_options = std::make_shared<ChatOptions>();
  auto* chat = app.add_subcommand(
      "chat", "Chat with an agent line by line (chat.send; replies stream as they arrive)");
  chat->add_option("--session-key", chat_options->session_key,
                   "Session key (default main: the agent's main session)");
  chat->add_option_function<std::string>(
      "--agent", [o = chat_options.get()](const std::string& v) { o->agent_id = v; },
      "Agent id (default: the default agent)");
  chat->add_option_function<std::string>(
      "--thinking", [o = chat_options.get()](const std::string& v) { o->thinking = v; },
      "Thinking level");
  AddTargetFlags(*chat, chat_options->rpc);
  chat->callback([&action, chat_options] {
    action = [chat_options](CliContext& ctx) { return Chat(ctx, *chat_options); };
  });
}

}  // namespace gateway::cli
