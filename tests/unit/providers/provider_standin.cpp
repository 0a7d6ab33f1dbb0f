#include "tests/unit/providers/provider_standin.hpp"

#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace gateway::testing {

namespace {

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string Hex(std::size_t n) {
  std::ostringstream out;
  out << std::hex << n;
  return out.str();
}

}  // namespace

CapturedRequest ReadRequest(int fd) {
  CapturedRequest request;
  const std::string head = ReadHead(fd);
  std::istringstream lines(head);
  std::string line;
  std::getline(lines, line);
  std::istringstream first(line);
  first >> request.method >> request.target;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    request.headers[Lower(line.substr(0, colon))] = value;
  }
  std::size_t length = 0;
  if (const auto it = request.headers.find("content-length"); it != request.headers.end()) {
    length = std::stoul(it->second);
  }
  request.body.resize(length);
  std::size_t got = 0;
  while (got < length) {
    const ssize_t n = ::recv(fd, request.body.data() + got, length - got, 0);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  request.body.resize(got);
  return request;
}

void WriteSse(int fd, const std::vector<std::string>& pieces, bool end) {
  WriteAll(fd,
           "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
           "Transfer-Encoding: chunked\r\n\r\n");
  for (const auto& piece : pieces) {
    if (piece.empty()) continue;
    WriteAll(fd, Hex(piece.size()) + "\r\n" + piece + "\r\n");
  }
  if (end) WriteAll(fd, "0\r\n\r\n");
}

void WriteResponse(int fd, int status, const std::string& content_type, const std::string& body,
                   const std::vector<std::pair<std::string, std::string>>& extra_headers) {
  std::string head = "HTTP/1.1 " + std::to_string(status) +
                     " Status\r\nContent-Type: " + content_type +
                     "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  for (const auto& [name, value] : extra_headers) head += name + ": " + value + "\r\n";
  WriteAll(fd, head + "\r\n" + body);
}

std::vector<std::string> CutEvery(const std::string& text, std::size_t size) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at < text.size(); at += size) out.push_back(text.substr(at, size));
  return out;
}

ModelStandin::ModelStandin(Script script)
    : script_(std::move(script)), server_([this](int fd) {
        CapturedRequest request = ReadRequest(fd);
        {
          std::lock_guard lock(mutex_);
          requests_.push_back(request);
        }
        script_(fd, request);
      }) {}

std::string ModelStandin::BaseUrl(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(server_.port()) + path;
}

std::vector<CapturedRequest> ModelStandin::requests() const {
  std::lock_guard lock(mutex_);
  return requests_;
}

providers::StreamSink SinkRecorder::Sink() {
  providers::StreamSink sink;
  sink.on_event = [this](providers::StreamEvent event) {
    std::lock_guard lock(mutex);
    if (completions > 0) event_after_complete = true;
    events.push_back(std::move(event));
  };
  sink.on_complete = [this](providers::StreamOutcome result) {
    {
      std::lock_guard lock(mutex);
      outcome = std::move(result);
      ++completions;
      completed_at = std::chrono::steady_clock::now();
    }
    done.Notify();
  };
  return sink;
}

std::string SinkRecorder::Text() {
  std::string text;
  for (const auto& delta : Of<providers::TextDelta>()) text += delta.text;
  return text;
}

transport::HttpClient::Options ClientOptions() {
  transport::HttpClient::Options options;
  options.proxy = transport::ProxySettings{};
  return options;
}

}  // namespace gateway::testing
