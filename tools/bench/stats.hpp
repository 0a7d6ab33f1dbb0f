// Percentiles over latency samples (nearest rank, no interpolation).
#pragma once

#include <cstddef>
#include <vector>

namespace gateway::bench {

struct Summary {
  std::size_t count = 0;
  double min = 0, p50 = 0, p99 = 0, max = 0;
};

// Nearest-rank percentile of ascending `sorted` samples, p in [0, 100]; 0 without samples.
double Percentile(const std::vector<double>& sorted, double p);
Summary Summarize(std::vector<double> samples);
double Median(std::vector<double> samples);

}  // namespace gateway::bench
