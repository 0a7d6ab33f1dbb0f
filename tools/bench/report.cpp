#include "tools/bench/report.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>

namespace gateway::bench {
namespace {

std::string FormatValue(const Metric& metric) {
  if (metric.value.is_string()) return metric.value.get<std::string>();
  if (metric.value.is_null()) return "n/a";
  if (metric.value.is_number_float()) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(metric.decimals) << metric.value.get<double>();
    return text.str();
  }
  return metric.value.dump();
}

nlohmann::json Rounded(const Metric& metric) {
  if (!metric.value.is_number_float()) return metric.value;
  const double scale = std::pow(10.0, metric.decimals);
  return std::round(metric.value.get<double>() * scale) / scale;
}

// Width on a terminal: UTF-8 continuation bytes take no column ("→" is one column, three bytes).
std::size_t Columns(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

void PrintRows(const std::vector<Metric>& rows, std::size_t width, std::ostream& out) {
  for (const auto& row : rows) {
    out << "  " << row.label << std::string(width - Columns(row.label), ' ') << "  "
        << FormatValue(row);
    if (!row.unit.empty()) out << " " << row.unit;
    out << "\n";
  }
}

}  // namespace

void Report::Add(std::string key, std::string label, nlohmann::json value, std::string unit,
                 int decimals) {
  metrics.push_back(
      {std::move(key), std::move(label), std::move(value), std::move(unit), decimals});
}

void Report::AddLatency(const std::string& key, const std::string& label, const Summary& summary) {
  Add(key + "_p50_ms", label + " p50", summary.p50, "ms", 3);
  Add(key + "_p99_ms", label + " p99", summary.p99, "ms", 3);
  Add(key + "_max_ms", label + " max", summary.max, "ms", 3);
}

void Report::FailOn(const std::string& what, const ErrorTally& errors) {
  for (const auto& [message, count] : errors) {
    failures.push_back(what + ": " + message + " (x" + std::to_string(count) + ")");
  }
}

void PrintTable(const Report& report, std::ostream& out) {
  out << "== " << report.mode << ": " << report.title << " ==\n";
  std::size_t width = 0;
  for (const auto* rows : {&report.context, &report.metrics}) {
    for (const auto& row : *rows) width = std::max(width, Columns(row.label));
  }
  PrintRows(report.context, width, out);
  out << "  " << std::string(width, '-') << "\n";
  PrintRows(report.metrics, width, out);
  for (const auto& note : report.notes) out << "  note: " << note << "\n";
  if (report.failures.empty()) {
    out << "  result: ok\n";
  } else {
    for (const auto& failure : report.failures) out << "  FAILED: " << failure << "\n";
  }
}

void PrintJson(const Report& report, std::ostream& out) {
  nlohmann::json json = {{"mode", report.mode}, {"title", report.title}};
  for (const auto& row : report.context) json[row.key] = Rounded(row);
  nlohmann::json results = nlohmann::json::object();
  for (const auto& row : report.metrics) results[row.key] = Rounded(row);
  json["results"] = results;
  json["notes"] = report.notes;
  json["failures"] = report.failures;
  json["ok"] = report.failures.empty();
  out << json.dump(2) << "\n";
}

}  // namespace gateway::bench
