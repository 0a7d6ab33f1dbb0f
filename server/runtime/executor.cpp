#include "server/runtime/executor.hpp"

namespace gateway::runtime {

void RunGuarded(const std::function<void()>& task, const ErrorHandler& on_error,
                const std::string& where) {
  std::string what;
  try {
    task();
    return;
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {
    what = "unknown exception";
  }
  if (!on_error) return;
  try {
    on_error(where, what);
  } catch (...) {
    // An error handler that throws must not take the executor down either.
  }
}

}  // namespace gateway::runtime
