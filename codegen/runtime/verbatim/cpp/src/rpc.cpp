#include "gateway/proto/rpc.hpp"

namespace gateway::proto {

namespace {

// Replace invalid UTF-8 rather than throw: a handler's text must never kill a connection.
std::string Dump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

// Written member by member (in the order nlohmann would sort them) so the payload is not copied
// into a frame object first.
std::string EncodeResponse(std::string_view id, bool ok, std::string_view payload_json,
                           const ErrorShape* error) {
  std::string frame = "{";
  if (error) {
    frame += "\"error\":";
    frame += Dump(Write(*error));
    frame += ',';
  }
  frame += "\"id\":";
  frame += Dump(nlohmann::json(id));
  frame += ok ? ",\"ok\":true" : ",\"ok\":false";
  if (!payload_json.empty()) {
    frame += ",\"payload\":";
    frame += payload_json;
  }
  frame += ",\"type\":\"res\"}";
  return frame;
}

std::string EncodeResponse(std::string_view id, bool ok, const nlohmann::json* payload,
                           const ErrorShape* error) {
  return EncodeResponse(id, ok, payload ? std::string_view(Dump(*payload)) : std::string_view(),
                        error);
}

void SendError(ResponseSink& sink, std::string_view id, const ErrorShape& error) {
  sink.SendFrame(EncodeResponse(id, false, nullptr, &error));
}

ErrorShape MakeError(ErrorCode code, std::string message) {
  ErrorShape error;
  error.code = std::string(ToString(code));
  error.message = std::move(message);
  return error;
}

}  // namespace gateway::proto
