#include "server/domain/tools/tool.hpp"

namespace gateway::domain::tools {

std::string ErrorText(std::string_view tool, std::string_view message) {
  nlohmann::ordered_json error = {
      {"status", "error"}, {"tool", std::string(tool)}, {"error", std::string(message)}};
  return error.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace gateway::domain::tools
