#include "tools/bench/stats.hpp"

#include <algorithm>
#include <cmath>

namespace gateway::bench {

double Percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  const double rank = std::ceil(p / 100.0 * static_cast<double>(sorted.size()));
  const auto index = static_cast<std::size_t>(std::clamp(rank, 1.0, double(sorted.size()))) - 1;
  return sorted[index];
}

Summary Summarize(std::vector<double> samples) {
  Summary summary;
  if (samples.empty()) return summary;
  std::sort(samples.begin(), samples.end());
  summary.count = samples.size();
  summary.min = samples.front();
  summary.max = samples.back();
  summary.p50 = Percentile(samples, 50);
  summary.p99 = Percentile(samples, 99);
  return summary;
}

double Median(std::vector<double> samples) { return Summarize(std::move(samples)).p50; }

}  // namespace gateway::bench
