// Plain-text tables for terminal output.
#pragma once

#include <string>
#include <vector>

namespace gateway::cli {

// Left-aligned columns, two spaces apart, on stdout; the first row is the header.
void PrintTable(const std::vector<std::vector<std::string>>& rows);

}  // namespace gateway::cli
