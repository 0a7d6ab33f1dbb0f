#include "server/control/response_sinks.hpp"

#include <cstdio>
#include <optional>
#include <string>

#include "server/control/log_text.hpp"

namespace gateway::control {
using nlohmann::json;

namespace {

constexpr std::string_view kSubsystem = "gateway";

// Reads `ok` and `error.code` of a response frame; the parse stops as soon as both are known, so
// a large payload (which follows them, see proto::EncodeResponse) is not parsed.
class OutcomeReader : public nlohmann::json_sax<json> {
 public:
  std::optional<bool> ok;
  std::string code;

  bool null() override { return true; }
  bool boolean(bool value) override {
    if (depth_ == 1 && key_ == "ok") ok = value;
    return !Done();
  }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t& value) override {
    if (depth_ == 2 && top_key_ == "error" && key_ == "code") code = value;
    return !Done();
  }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return ++depth_, true; }
  bool end_object() override { return --depth_, true; }
  bool start_array(std::size_t) override { return ++depth_, true; }
  bool end_array() override { return --depth_, true; }
  bool key(string_t& name) override {
    if (depth_ == 1) top_key_ = name;
    key_ = name;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  bool Done() const { return ok && (*ok || !code.empty()); }
  int depth_ = 0;
  std::string top_key_;
  std::string key_;
};

// Where one request's responses go.
struct ConnectionSink : proto::ResponseSink {
  std::shared_ptr<transport::Connection> connection;
  void SendFrame(std::string frame) override { connection->Send(std::move(frame)); }
};

// With debug logging on, each response is also logged: method, id, outcome, time since the
// request arrived. Logged before it is sent, so the line is there once the caller has its answer.
struct LoggingSink : ConnectionSink {
  logging::Logger* log = nullptr;
  std::string conn_id;
  std::string method;
  std::string id;
  std::chrono::steady_clock::time_point start;

  void SendFrame(std::string frame) override {
    OutcomeReader outcome;
    json::sax_parse(frame, &outcome, json::input_format_t::json, false);
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now() - start)
                            .count();
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.1fms", static_cast<double>(micros) / 1000.0);
    log->Debug(kSubsystem,
               "request conn=" + conn_id + " method=" + method + " id=" + id + " " +
                   (outcome.ok.value_or(false) ? std::string("ok") : "error " + outcome.code) +
                   " " + duration);
    ConnectionSink::SendFrame(std::move(frame));
  }
};

}  // namespace

std::shared_ptr<proto::ResponseSink> MakeResponseSink(
    std::shared_ptr<transport::Connection> connection, logging::Logger& log,
    std::string_view conn_id, std::string_view method, std::string_view id,
    std::chrono::steady_clock::time_point start) {
  if (!log.IsEnabled(logging::Level::kDebug)) {
    auto sink = std::make_shared<ConnectionSink>();
    sink->connection = std::move(connection);
    return sink;
  }
  auto sink = std::make_shared<LoggingSink>();
  sink->connection = std::move(connection);
  sink->log = &log;
  sink->conn_id = conn_id;
  sink->method = Clip(method);
  sink->id = Clip(id);
  sink->start = start;
  return sink;
}

}  // namespace gateway::control
