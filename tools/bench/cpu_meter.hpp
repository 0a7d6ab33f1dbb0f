// CPU time of the server and of the bench over one measured phase, to show which side a
// throughput figure is bound by (on a machine where both share the cores).
#pragma once

#include <optional>

#include "tools/bench/bench_clock.hpp"
#include "tools/bench/proc_status.hpp"
#include "tools/bench/report.hpp"

namespace gateway::bench {

class CpuMeter {
 public:
  explicit CpuMeter(int server_pid)
      : server_pid_(server_pid),
        server_start_(ReadCpuSeconds(server_pid)),
        bench_start_(ReadSelfCpuSeconds()),
        started_(Clock::now()) {}

  void Stop() {
    wall_s_ = MsBetween(started_, Clock::now()) / 1000.0;
    if (server_start_) {
      if (auto now = ReadCpuSeconds(server_pid_)) server_s_ = *now - *server_start_;
    }
    if (auto now = ReadSelfCpuSeconds()) bench_s_ = *now - bench_start_.value_or(*now);
  }

  // "server CPU" and "bench CPU" rows, in cores busy on average over the phase.
  void AddTo(Report& report) const {
    if (wall_s_ <= 0) return;
    if (server_s_) report.Add("server_cpu_cores", "server CPU", *server_s_ / wall_s_, "cores", 2);
    if (bench_s_) report.Add("bench_cpu_cores", "bench CPU", *bench_s_ / wall_s_, "cores", 2);
  }

 private:
  int server_pid_;
  std::optional<double> server_start_, bench_start_;
  Clock::time_point started_;
  double wall_s_ = 0;
  std::optional<double> server_s_, bench_s_;
};

}  // namespace gateway::bench
