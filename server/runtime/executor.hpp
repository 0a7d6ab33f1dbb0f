// Where work runs: the small interface every component that hands off work takes by reference.
#pragma once

#include <exception>
#include <functional>
#include <string>

namespace gateway::runtime {

// Runs tasks; thread-safe. Whether a task runs at once, later or never (after a stop) is the
// implementation's business; Post never blocks on the task itself.
class Executor {
 public:
  virtual ~Executor() = default;
  virtual void Post(std::function<void()> task) = 0;
};

// Told about an exception that escaped a task (the executor keeps running). `where` names the
// executor (its debugging name), `what` is the exception's message.
using ErrorHandler = std::function<void(const std::string& where, const std::string& what)>;

// Runs `task`, catching anything it throws and reporting it through `on_error` (if set).
void RunGuarded(const std::function<void()>& task, const ErrorHandler& on_error,
                const std::string& where);

}  // namespace gateway::runtime
