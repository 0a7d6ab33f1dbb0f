#include <algorithm>
#include <chrono>
#include <sstream>

#include "server/domain/tools/exec/exec_tools.hpp"
#include "server/domain/tools/exec/process_sessions.hpp"

namespace gateway::domain::tools {
namespace {

using nlohmann::json;

constexpr std::size_t kDefaultLogLines = 200;

std::string StatusWord(const ProcessSession::Snapshot& s) {
  if (s.status == ProcessStatus::kRunning) return "running";
  return s.status == ProcessStatus::kCompleted ? "completed" : "failed";
}

std::string Runtime(const ProcessSession& session, const ProcessSession::Snapshot& s) {
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  const auto end = s.status == ProcessStatus::kRunning ? now : s.ended_ms;
  const auto seconds = std::max<std::int64_t>(0, (end - session.started_ms()) / 1000);
  if (seconds < 60) return std::to_string(seconds) + "s";
  return std::to_string(seconds / 60) + "m" + std::to_string(seconds % 60) + "s";
}

std::string ExitLine(const ProcessSession::Snapshot& s) {
  if (s.status == ProcessStatus::kRunning) return "Process still running.";
  if (s.exit_code) return "Process exited with code " + std::to_string(*s.exit_code) + ".";
  return "Process exited with code null.";
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// Named keys for send-keys (the common ones; a PTY is not offered, so these go to stdin).
std::optional<std::string> KeyBytes(const std::string& key) {
  static const std::map<std::string, std::string> kKeys = {
      {"Enter", "\r"}, {"Tab", "\t"},   {"Escape", "\x1b"}, {"Backspace", "\x7f"},
      {"C-c", "\x03"}, {"C-d", "\x04"}, {"C-z", "\x1a"},    {"Space", " "}};
  auto it = kKeys.find(key);
  if (it == kKeys.end()) return std::nullopt;
  return it->second;
}

class ProcessTool final : public Tool {
 public:
  std::string_view name() const override { return "process"; }
  std::string_view description() const override {
    return "Manage background exec sessions: list, poll, log, write, send-keys, submit, paste, "
           "kill, clear, remove.";
  }
  const json& parameters() const override {
    static const json schema = {
        {"type", "object"},
        {"required", {"action"}},
        {"properties",
         {{"action",
           {{"type", "string"},
            {"enum",
             {"list", "poll", "log", "write", "send-keys", "submit", "paste", "kill", "clear",
              "remove"}},
            {"description", "Process action"}}},
          {"sessionId", {{"type", "string"}, {"description", "Session id (all but list)"}}},
          {"data", {{"type", "string"}, {"description", "Data to write to stdin"}}},
          {"eof", {{"type", "boolean"}, {"description", "Close stdin after writing"}}},
          {"keys", {{"type", "array"}, {"items", {{"type", "string"}}}}},
          {"hex", {{"type", "array"}, {"items", {{"type", "string"}}}}},
          {"literal", {{"type", "string"}}},
          {"text", {{"type", "string"}, {"description", "Text to paste"}}},
          {"bracketed", {{"type", "boolean"}}},
          {"offset", {{"type", "number"}, {"description", "Log start line"}}},
          {"limit", {{"type", "number"}, {"description", "Log lines"}}},
          {"timeout",
           {{"type", "number"},
            {"minimum", 0},
            {"description", "Poll: wait up to this many ms for output (max 30000)"}}}}}};
    return schema;
  }

  ToolResult Run(const json& args, const ToolContext& context) const override {
    if (!context.processes) throw ToolFailure("process is not available");
    auto& sessions = *context.processes;
    const std::string action = args.at("action").get<std::string>();
    if (action == "list") {
      const auto list = sessions.List(context.session_key);
      if (list.empty()) return {"No running or recent sessions.", false};
      std::string text;
      json items = json::array();
      for (const auto& session : list) {
        const auto s = session->Get();
        text += (text.empty() ? "" : "\n") + session->id() + " " + StatusWord(s) + " " +
                Runtime(*session, s) + " :: " + session->command();
        items.push_back({{"sessionId", session->id()},
                         {"status", StatusWord(s)},
                         {"pid", session->pid()},
                         {"command", session->command()}});
      }
      return {text, false, {{"sessions", items}}};
    }
    const std::string id = args.value("sessionId", "");
    if (id.empty()) return {"sessionId is required for this action.", true};
    auto session = sessions.Find(context.session_key, id);
    if (!session) return {"No session found for " + id, true};
    const auto state = session->Get();
    const bool running = state.status == ProcessStatus::kRunning;
    json details = {{"sessionId", id}, {"status", StatusWord(state)}};

    if (action == "poll") {
      if (running && args.contains("timeout")) {
        const auto wait = std::min<std::int64_t>(args["timeout"].get<std::int64_t>(), 30000);
        session->WaitExit(std::chrono::milliseconds(wait));
      }
      const std::string fresh = session->TakePending();
      const auto now = session->Get();
      details["status"] = StatusWord(now);
      if (now.exit_code) details["exitCode"] = *now.exit_code;
      return {(fresh.empty() ? "(no new output)" : fresh) + "\n\n" + ExitLine(now), false, details};
    }
    if (action == "log") {
      const auto lines = Lines(state.output);
      const bool paged = args.contains("offset") || args.contains("limit");
      std::size_t limit = kDefaultLogLines;
      if (args.contains("limit"))
        limit = std::max<std::int64_t>(0, args["limit"].get<std::int64_t>());
      std::size_t start = lines.size() > limit ? lines.size() - limit : 0;
      if (args.contains("offset")) {
        start = std::min<std::size_t>(
            lines.size(), std::max<std::int64_t>(0, args["offset"].get<std::int64_t>()));
      }
      const std::size_t end = std::min(lines.size(), start + limit);
      std::string text;
      for (std::size_t i = start; i < end; ++i) text += (i > start ? "\n" : "") + lines[i];
      if (!paged && lines.size() > limit) {
        text += "\n\n[showing last " + std::to_string(limit) + " of " +
                std::to_string(lines.size()) + " lines; pass offset/limit to page]";
      }
      return {text.empty() ? "(no output)" : text, false, details};
    }
    if (action == "kill") {
      if (!running) return {"No active session found for " + id, true};
      session->Kill();
      return {"Termination requested for session " + id + ".", false, details};
    }
    if (action == "clear") {
      if (running) return {"Session " + id + " is still running.", true};
      sessions.Remove(id);
      return {"Cleared session " + id + ".", false, details};
    }
    if (action == "remove") {
      sessions.Remove(id);
      return {"Removed session " + id + (running ? " (termination requested)." : "."), false,
              details};
    }
    // Input actions need a live session.
    if (!running) return {"No active session found for " + id, true};
    if (!state.backgrounded) return {"Session " + id + " is not backgrounded.", true};
    if (action == "write") {
      const std::string data = args.value("data", "");
      const bool eof = args.value("eof", false);
      if (!session->Write(data, eof)) return {"No active session found for " + id, true};
      return {"Wrote " + std::to_string(data.size()) + " bytes to session " + id +
                  (eof ? " (stdin closed)." : "."),
              false, details};
    }
    if (action == "submit") {
      if (!session->Write("\r", false)) return {"No active session found for " + id, true};
      return {"Submitted session " + id + " (sent CR).", false, details};
    }
    if (action == "paste") {
      const std::string text = args.value("text", "");
      const bool bracketed = args.value("bracketed", true);
      const std::string data = bracketed ? "\x1b[200~" + text + "\x1b[201~" : text;
      if (!session->Write(data, false)) return {"No active session found for " + id, true};
      return {"Pasted " + std::to_string(text.size()) + " chars to session " + id + ".", false,
              details};
    }
    // send-keys
    std::string data = args.value("literal", "");
    if (args.contains("hex")) {
      for (const auto& byte : args["hex"]) {
        data += static_cast<char>(std::stoi(byte.get<std::string>(), nullptr, 16));
      }
    }
    if (args.contains("keys")) {
      for (const auto& key : args["keys"]) {
        auto bytes = KeyBytes(key.get<std::string>());
        if (!bytes) throw ToolFailure("Unknown key: " + key.get<std::string>());
        data += *bytes;
      }
    }
    if (!session->Write(data, false)) return {"No active session found for " + id, true};
    return {"Sent " + std::to_string(data.size()) + " bytes to session " + id + ".", false,
            details};
  }
};

}  // namespace

std::unique_ptr<Tool> MakeProcessTool() { return std::make_unique<ProcessTool>(); }

}  // namespace gateway::domain::tools
