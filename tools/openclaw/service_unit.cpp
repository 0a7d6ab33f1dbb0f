#include "tools/openclaw/service_unit.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>

namespace gateway::cli {
namespace fs = std::filesystem;

ServiceFiles ServiceFilesFor(const config::Paths& paths, const config::Environment& env) {
  ServiceFiles files;
  files.unit_name = paths.profile.empty() ? "openclaw-gateway.service"
                                          : "openclaw-gateway-" + paths.profile + ".service";
  fs::path config_home = env.GetNonEmpty("XDG_CONFIG_HOME")
                             ? fs::path(*env.GetNonEmpty("XDG_CONFIG_HOME"))
                             : paths.home / ".config";
  files.unit_path = config_home / "systemd/user" / files.unit_name;
  files.env_path = paths.state_dir / "gateway.env";
  return files;
}

std::string RenderUnit(const std::string& executable, int port, const config::Paths& paths,
                       const ServiceFiles& files, const std::string& version) {
  std::string profile = paths.dev               ? " --dev"
                        : paths.profile.empty() ? ""
                                                : " --profile " + paths.profile;
  std::string description = paths.profile.empty()
                                ? "OpenClaw Gateway"
                                : "OpenClaw Gateway (profile: " + paths.profile + ")";
  return "[Unit]\n"
         "Description=" +
         description +
         "\n"
         "After=network-online.target\n"
         "Wants=network-online.target\n"
         "StartLimitBurst=10\n"
         "StartLimitIntervalSec=300\n"
         "\n"
         "[Service]\n"
         "ExecStart=" +
         executable + profile + " gateway --port " + std::to_string(port) +
         "\n"
         "Restart=always\n"
         "RestartSec=5\n"
         "RestartPreventExitStatus=78\n"
         "TimeoutStopSec=330\n"
         "TimeoutStartSec=30\n"
         "SuccessExitStatus=0 143\n"
         "OOMPolicy=continue\n"
         "KillMode=mixed\n"
         "Environment=OPENCLAW_SERVICE_MARKER=openclaw\n"
         "Environment=OPENCLAW_SERVICE_KIND=gateway\n"
         "Environment=OPENCLAW_SERVICE_VERSION=" +
         version +
         "\n"
         "EnvironmentFile=-" +
         files.env_path.string() +
         "\n"
         "\n"
         "[Install]\n"
         "WantedBy=default.target\n";
}

std::string RenderEnvironmentFile(const std::vector<std::pair<std::string, std::string>>& vars) {
  std::string text =
      "# Written by `openclaw gateway install`; read by the gateway's systemd unit. Keep it "
      "private.\n";
  for (const auto& [key, value] : vars) text += key + "=" + value + "\n";
  return text;
}

int Systemctl(const config::Environment& env, const std::vector<std::string>& args,
              std::string* output) {
  std::string binary = env.GetNonEmpty("OPENCLAW_SYSTEMCTL").value_or("systemctl");
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return -1;
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    dup2(pipe_fds[1], 1);
    dup2(pipe_fds[1], 2);
    close(pipe_fds[0]);
    std::vector<std::string> all = {binary, "--user"};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  close(pipe_fds[1]);
  std::array<char, 4096> buffer{};
  ssize_t n;
  while ((n = read(pipe_fds[0], buffer.data(), buffer.size())) > 0) {
    if (output) output->append(buffer.data(), static_cast<std::size_t>(n));
  }
  close(pipe_fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) == 127) return -1;
  return WEXITSTATUS(status);
}

bool UserSystemdAvailable(const config::Environment& env) {
  return Systemctl(env, {"show-environment"}) == 0;
}

}  // namespace gateway::cli
