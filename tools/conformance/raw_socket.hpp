// Cases that send odd first frames talk to the gateway over a bare WebSocket: these helpers open
// one, build the real CLI's connect frame, read frames and check how the gateway closes.
#pragma once

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "gateway/client/ws_connection.hpp"
#include "tools/conformance/conformance_case.hpp"

namespace gateway::conformance {

// Opens a socket (no frame read yet). A failure to open is a case failure.
std::unique_ptr<client::WsConnection> OpenSocket(const Target& target);
// Opens a socket and reads its connect.challenge.
std::unique_ptr<client::WsConnection> OpenPastChallenge(const Target& target);

// The next frame as a JSON object; fails on timeout, close, or a frame that is not an object.
nlohmann::json NextFrame(client::WsConnection& ws, const Target& target,
                         const std::string& waiting_for);
// The next response frame (events are skipped); fails unless it answers `id`.
nlohmann::json NextResponse(client::WsConnection& ws, const Target& target, const std::string& id);

// The gateway closes with exactly this code and reason (frames still unread are not looked at).
void ExpectClose(client::WsConnection& ws, const Target& target, int code,
                 const std::string& reason);
// The gateway sends no frame at all, then closes with this code and reason.
void ExpectSilentClose(client::WsConnection& ws, const Target& target, int code,
                       const std::string& reason);

// A connect request as the real CLI sends it (client cli/cli, protocol 4–4, role operator,
// scopes ["operator.read"], the target's credentials), with `params_patch` applied as a JSON
// merge patch (null removes a key).
nlohmann::json ConnectFrame(const Target& target, const std::string& id,
                            const nlohmann::json& params_patch = nlohmann::json::object());
// "1:<uuid>", the CLI's id for its connect request.
std::string ConnectId();

}  // namespace gateway::conformance
