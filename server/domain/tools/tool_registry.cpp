#include "server/domain/tools/tool_registry.hpp"

// valijson's json_pointer::replaceAllInPlace trips GCC 12's false -Wrestrict (bug 105651).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wrestrict"
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>
#pragma GCC diagnostic pop

#include "server/domain/tools/apply_patch_tool.hpp"
#include "server/domain/tools/exec/exec_tools.hpp"
#include "server/domain/tools/file_tools.hpp"
#include "server/runtime/utf8_json.hpp"

namespace gateway::domain::tools {
namespace {

// Arguments nested deeper than this are refused before parsing finishes (nlohmann recurses).
constexpr int kMaxArgumentDepth = 64;

// valijson's context ["<root>", "[edits]", "[0]", "[oldText]"] as "edits.0.oldText".
std::string PathOf(const std::vector<std::string>& context) {
  std::string path;
  for (const auto& part : context) {
    if (part == "<root>") continue;
    std::string name = part;
    if (name.size() >= 2 && name.front() == '[' && name.back() == ']') {
      name = name.substr(1, name.size() - 2);
    }
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
      name = name.substr(1, name.size() - 2);
    }
    path += (path.empty() ? "" : ".") + name;
  }
  return path.empty() ? "root" : path;
}

// A call refused before its tool ran (unknown tool, arguments that fail the schema).
ToolResult Refused(std::string text) {
  ToolResult result(std::move(text), true);
  result.invalid_arguments = true;
  return result;
}

}  // namespace

struct ToolRegistry::Entry {
  std::unique_ptr<Tool> tool;
  valijson::Schema schema;
};

std::unique_ptr<ToolRegistry> ToolRegistry::CreateCore(std::vector<std::unique_ptr<Tool>> extra) {
  std::vector<std::unique_ptr<Tool>> tools;
  tools.push_back(MakeReadTool());
  tools.push_back(MakeWriteTool());
  tools.push_back(MakeEditTool());
  tools.push_back(MakeLsTool());
  tools.push_back(MakeApplyPatchTool());
  tools.push_back(MakeExecTool());
  tools.push_back(MakeProcessTool());
  for (auto& tool : extra) tools.push_back(std::move(tool));
  return std::make_unique<ToolRegistry>(std::move(tools));
}

ToolRegistry::ToolRegistry(std::vector<std::unique_ptr<Tool>> tools) {
  for (auto& tool : tools) {
    auto entry = std::make_unique<Entry>();
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(tool->parameters());
    parser.populateSchema(adapter, entry->schema);
    entry->tool = std::move(tool);
    entries_.push_back(std::move(entry));
  }
}

ToolRegistry::~ToolRegistry() = default;

const Tool* ToolRegistry::Find(std::string_view name) const {
  for (const auto& entry : entries_) {
    if (entry->tool->name() == name) return entry->tool.get();
  }
  return nullptr;
}

std::vector<std::string> ToolRegistry::Names() const {
  std::vector<std::string> names;
  for (const auto& entry : entries_) names.emplace_back(entry->tool->name());
  return names;
}

ToolResult ToolRegistry::Call(std::string_view name, const std::string& arguments_json,
                              const ToolContext& context) const {
  ToolResult result = CallUnchecked(name, arguments_json, context);
  // Files need not be UTF-8; what the model, the transcript and events get must be.
  result.text = runtime::SanitizeUtf8(result.text);
  if (!result.details.is_object()) result.details = nlohmann::json::object();
  result.details = nlohmann::json::parse(runtime::DumpJson(result.details));
  return result;
}

ToolResult ToolRegistry::CallUnchecked(std::string_view name, const std::string& arguments_json,
                                       const ToolContext& context) const {
  const Entry* entry = nullptr;
  for (const auto& candidate : entries_) {
    if (candidate->tool->name() == name) entry = candidate.get();
  }
  if (!entry) return Refused("Tool " + std::string(name) + " not found");

  bool too_deep = false;
  nlohmann::json::parser_callback_t limit = [&](int depth, nlohmann::json::parse_event_t event,
                                                nlohmann::json&) {
    if ((event == nlohmann::json::parse_event_t::object_start ||
         event == nlohmann::json::parse_event_t::array_start) &&
        depth > kMaxArgumentDepth) {
      too_deep = true;
    }
    return !too_deep;
  };
  nlohmann::json args = arguments_json.empty()
                            ? nlohmann::json::object()
                            : nlohmann::json::parse(arguments_json, limit, false);
  if (too_deep || args.is_discarded()) {
    return Refused("Validation failed for tool \"" + std::string(name) +
                   "\":\n  - root: arguments are not valid JSON\n\nReceived arguments:\n" +
                   arguments_json);
  }
  entry->tool->Normalize(args);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(args);
  if (!validator.validate(entry->schema, target, &results)) {
    std::string text = "Validation failed for tool \"" + std::string(name) + "\":";
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
      text += "\n  - " + PathOf(error.context) + ": " + error.description;
    }
    text += "\n\nReceived arguments:\n" +
            args.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    return Refused(std::move(text));
  }
  try {
    if (context.cancel.cancelled()) throw ToolFailure("aborted");
    return entry->tool->Run(args, context);
  } catch (const ToolFailure& failure) {
    return {ErrorText(name, failure.what()), true};
  } catch (const std::exception& failure) {
    return {ErrorText(name, failure.what()), true};
  }
}

}  // namespace gateway::domain::tools
