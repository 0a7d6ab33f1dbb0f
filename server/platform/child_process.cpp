#include "server/platform/child_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>
#include <vector>

extern char** environ;

namespace gateway::platform {
namespace {

[[noreturn]] void ThrowErrno(const char* what) {
  throw std::system_error(errno, std::generic_category(), what);
}

void CloseBoth(int fds[2]) {
  if (fds[0] >= 0) ::close(fds[0]);
  if (fds[1] >= 0) ::close(fds[1]);
}

// KEY=VALUE strings: the gateway's environment with the overrides applied.
std::vector<std::string> EnvironmentWith(const std::map<std::string, std::string>& overrides) {
  std::map<std::string, std::string> merged;
  for (char** entry = environ; entry && *entry; ++entry) {
    std::string_view text(*entry);
    const auto eq = text.find('=');
    if (eq == std::string_view::npos) continue;
    merged[std::string(text.substr(0, eq))] = std::string(text.substr(eq + 1));
  }
  for (const auto& [key, value] : overrides) merged[key] = value;
  std::vector<std::string> out;
  out.reserve(merged.size());
  for (const auto& [key, value] : merged) out.push_back(key + "=" + value);
  return out;
}

}  // namespace

ChildProcess SpawnShell(const ChildSpec& spec) {
  int out[2] = {-1, -1};
  int in[2] = {-1, -1};
  if (::pipe2(out, O_CLOEXEC) != 0) ThrowErrno("pipe");
  if (::pipe2(in, O_CLOEXEC) != 0) {
    CloseBoth(out);
    ThrowErrno("pipe");
  }
  // Everything the child needs is prepared before fork: after it only async-signal-safe calls.
  const auto env_strings = EnvironmentWith(spec.env);
  std::vector<char*> envp;
  for (const auto& entry : env_strings) envp.push_back(const_cast<char*>(entry.c_str()));
  envp.push_back(nullptr);
  const char* argv[] = {"/bin/sh", "-c", spec.command.c_str(), nullptr};
  const char* cwd = spec.cwd.c_str();

  const pid_t pid = ::fork();
  if (pid < 0) {
    CloseBoth(out);
    CloseBoth(in);
    ThrowErrno("fork");
  }
  if (pid == 0) {
    ::setsid();
    ::signal(SIGPIPE, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    ::dup2(out[1], 2);
    if (::chdir(cwd) != 0) ::_exit(126);
    ::execve("/bin/sh", const_cast<char* const*>(argv), envp.data());
    ::_exit(127);
  }
  ::close(out[1]);
  ::close(in[0]);
  ::fcntl(out[0], F_SETFL, ::fcntl(out[0], F_GETFL) | O_NONBLOCK);
  // Also make the group now, so a kill right after spawn cannot miss it.
  ::setpgid(pid, pid);
  return {pid, out[0], in[1]};
}

void KillProcessGroup(pid_t pid) {
  if (pid <= 0) return;
  ::kill(-pid, SIGKILL);
  ::kill(pid, SIGKILL);
}

namespace {
ChildExit ExitOf(int status) {
  ChildExit exit;
  if (WIFEXITED(status)) exit.code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) exit.signal = WTERMSIG(status);
  return exit;
}
}  // namespace

std::optional<ChildExit> TryReap(pid_t pid) {
  int status = 0;
  const pid_t done = ::waitpid(pid, &status, WNOHANG);
  if (done == pid) return ExitOf(status);
  if (done < 0 && errno == ECHILD) return ChildExit{};
  return std::nullopt;
}

ChildExit Reap(pid_t pid) {
  int status = 0;
  while (true) {
    const pid_t done = ::waitpid(pid, &status, 0);
    if (done == pid) return ExitOf(status);
    if (done < 0 && errno != EINTR) return {};
  }
}

std::string SignalName(int signal) {
  const char* abbrev = ::sigabbrev_np(signal);
  return abbrev ? std::string("SIG") + abbrev : "SIG" + std::to_string(signal);
}

}  // namespace gateway::platform
