// Exit codes of the openclaw executable (README "Exit codes").
#pragma once

namespace gateway::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure =
    1;  // the command failed (RPC error, invalid config on validate, I/O)
inline constexpr int kExitUsage = 2;        // usage error or bad input (flags, paths, values)
inline constexpr int kExitUnreachable = 3;  // the gateway could not be reached or timed out
inline constexpr int kExitConfig = 78;  // gateway refuses to start (EX_CONFIG): do not restart-loop

}  // namespace gateway::cli
