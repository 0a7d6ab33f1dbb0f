// Generated from protocol/frames.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/rpc.hpp"

namespace gateway::proto {

std::string EncodeResponse(std::string_view id, bool ok, const nlohmann::json* payload,
                           const ErrorShape* error) {
  nlohmann::json frame = {{"type", "res"}, {"id", std::string(id)}, {"ok", ok}};
  if (payload) frame["payload"] = *payload;
  if (error) frame["error"] = Write(*error);
  // Replace invalid UTF-8 rather than throw: a handler's text must never kill a connection.
  return frame.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void SendError(ResponseSink& sink, std::string_view id, const ErrorShape& error) {
  sink.SendFrame(EncodeResponse(id, false, nullptr, &error));
}

ErrorShape MakeError(std::string code, std::string message) {
  ErrorShape error;
  error.code = std::move(code);
  error.message = std::move(message);
  return error;
}

}  // namespace gateway::proto
