// A bench result: named metrics printed as an aligned table or as one JSON object.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "tools/bench/raw_fleet.hpp"
#include "tools/bench/stats.hpp"

namespace gateway::bench {

struct Metric {
  std::string key;    // JSON name, e.g. "requests_per_s"
  std::string label;  // table label, e.g. "requests/s"
  nlohmann::json value;
  std::string unit;  // "ms", "MB", … or ""
  int decimals = 0;  // for numbers in the table (JSON values are rounded the same way)
};

struct Report {
  std::string mode;
  std::string title;            // the parameters in words
  std::vector<Metric> context;  // command, cores, server threads, …
  std::vector<Metric> metrics;
  std::vector<std::string> failures;  // why the run does not count; non-empty → exit 1
  std::vector<std::string> notes;

  void Add(std::string key, std::string label, nlohmann::json value, std::string unit = "",
           int decimals = 0);
  // <key>_p50_ms … rows for p50, p99 and max of `summary` (milliseconds, 3 decimals).
  void AddLatency(const std::string& key, const std::string& label, const Summary& summary);
  // Every message of `errors` as a failure, prefixed with `what`.
  void FailOn(const std::string& what, const ErrorTally& errors);
};

void PrintTable(const Report& report, std::ostream& out);
void PrintJson(const Report& report, std::ostream& out);

}  // namespace gateway::bench
