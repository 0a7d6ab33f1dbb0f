// The tool loop of a turn (run_turn.hpp): the model's reply with its tool calls is stored, each
// call runs on the blocking executor (one after the other, in the model's order), each result is
// stored as a toolResult message and added to the next model request, then the model is asked
// again. An abort stops the loop before the next tool or model call.
#include <utility>

#include "server/domain/runs/run_turn.hpp"
#include "server/domain/tools/exec/approval_registry.hpp"
#include "server/domain/tools/tool_registry.hpp"

namespace gateway::domain::runs {
namespace {

namespace ds = sessions;

nlohmann::json ArgumentsOf(const providers::ToolCall& call) {
  if (call.arguments.empty()) return nlohmann::json::object();
  auto parsed = nlohmann::json::parse(call.arguments, nullptr, false);
  if (parsed.is_discarded()) return call.arguments;
  return parsed;
}

}  // namespace

bool RunEngine::Turn::IsClientTool(const std::string& name) const {
  for (const auto& tool : run_->request.client_tools) {
    if (tool.name == name) return true;
  }
  return false;
}

void RunEngine::Turn::StoreToolStep(ds::Message message, std::vector<providers::ToolCall> calls) {
  ds::AppendOptions options;
  options.create_if_missing = false;
  auto self = shared_from_this();
  engine_.deps_.store.Append(
      run_->info.session_key, ds::MessageEvent(std::move(message)), options,
      [self, calls = std::move(calls)](ds::StoreResult<ds::AppendResult> appended) mutable {
        if (!appended) return self->Stop(appended.error().message);
        self->RunTools(std::move(calls), 0);
      });
}

void RunEngine::Turn::RunTools(std::vector<providers::ToolCall> calls, std::size_t index) {
  if (Cancelled()) return Stop();
  if (index == calls.size()) return CallModel();
  const auto& call = calls[index];
  ToolActivity activity;
  activity.call_id = call.id;
  activity.name = call.name;
  activity.args = ArgumentsOf(call);
  activity.started_at = engine_.Now();
  if (run_->observer) run_->observer->OnToolStart(run_->info, activity);

  CallTool(std::move(calls), index, std::move(activity), std::nullopt);
}

tools::ToolContext RunEngine::Turn::ToolContextFor() const {
  const auto& settings = tool_settings_;
  tools::ToolContext context;
  context.workspace = workspace_;
  context.home = engine_.deps_.planner.home();
  context.fs_workspace_only = settings.fs_workspace_only;
  context.patch_workspace_only = settings.patch_workspace_only;
  context.cancel = run_->cancel.token();
  context.session_key = run_->info.session_key;
  context.agent_id = run_->request.agent_id;
  context.exec_config = &settings.exec;
  context.processes = engine_.deps_.processes;
  context.approvals = engine_.deps_.approvals;
  for (const auto& spec : offered_) {
    if (spec.name == "process") context.process_available = true;
  }
  return context;
}

void RunEngine::Turn::CallTool(std::vector<providers::ToolCall> calls, std::size_t index,
                               ToolActivity activity,
                               std::optional<tools::ApprovalVerdict> verdict) {
  auto self = shared_from_this();
  engine_.deps_.blocking.Post([self, calls = std::move(calls), index,
                               activity = std::move(activity),
                               verdict = std::move(verdict)]() mutable {
    const auto& call = calls[index];
    bool offered = false;
    for (const auto& spec : self->offered_) {
      if (spec.name == call.name) offered = true;
    }
    tools::ToolResult result;
    if (!offered) {
      // Not offered (unknown, or refused by the policy): the model learns it does not exist.
      result = {"Tool " + call.name + " not found", true};
    } else {
      tools::ToolContext context = self->ToolContextFor();
      context.approval = verdict;
      result = self->engine_.deps_.tools->Call(call.name, call.arguments, context);
    }
    if (result.approval_request && !verdict) {
      // Put up for approval; the call runs again with the verdict (the wait holds no thread).
      return self->AwaitApproval(std::move(calls), index, std::move(activity),
                                 std::move(*result.approval_request));
    }
    activity.text = std::move(result.text);
    for (auto& image : result.images) {
      activity.images.push_back({std::move(image.mime_type), std::move(image.data)});
    }
    activity.is_error = result.is_error;
    activity.details = std::move(result.details);
    activity.ended_at = self->engine_.Now();
    self->StoreToolResult(std::move(calls), index, std::move(activity));
  });
}

void RunEngine::Turn::AwaitApproval(std::vector<providers::ToolCall> calls, std::size_t index,
                                    ToolActivity activity, nlohmann::json request) {
  request["runId"] = run_->info.run_id;
  request["toolCallId"] = activity.call_id;
  request["sessionId"] = run_->info.session_id;
  auto self = shared_from_this();
  const std::string call_id = activity.call_id;
  auto resume = [self, calls = std::move(calls), index,
                 activity = std::move(activity)](tools::ApprovalVerdict verdict) mutable {
    if (verdict.reason != "no-route" && self->run_->observer) {
      self->run_->observer->OnApprovalWait(self->run_->info, verdict.id, activity.call_id, false);
    }
    self->CallTool(std::move(calls), index, std::move(activity), std::move(verdict));
  };
  auto* registry = engine_.deps_.approval_registry;
  if (!registry) return resume({"", std::nullopt, "no-route"});
  registry->Request(std::move(request), engine_.deps_.approval_timeout_ms, run_->cancel.token(),
                    std::move(resume), [self, call_id](const std::string& id) {
                      if (self->run_->observer) {
                        self->run_->observer->OnApprovalWait(self->run_->info, id, call_id, true);
                      }
                    });
}

void RunEngine::Turn::StoreToolResult(std::vector<providers::ToolCall> calls, std::size_t index,
                                      ToolActivity activity) {
  if (run_->observer) run_->observer->OnToolResult(run_->info, activity);
  ds::Message message;
  message.role = ds::MessageRole::kToolResult;
  message.content = nlohmann::json::array({{{"type", "text"}, {"text", activity.text}}});
  for (const auto& image : activity.images) {
    message.content.push_back(
        {{"type", "image"}, {"data", image.data}, {"mimeType", image.mime_type}});
  }
  message.timestamp_ms = activity.ended_at;
  message.tool_call_id = activity.call_id;
  message.tool_name = activity.name;
  message.details = activity.details;
  message.is_error = activity.is_error;
  messages_.push_back(providers::Message::ToolResult(activity.call_id, activity.name, activity.text,
                                                     activity.is_error, activity.images));
  ds::AppendOptions options;
  options.create_if_missing = false;
  auto self = shared_from_this();
  engine_.deps_.store.Append(
      run_->info.session_key, ds::MessageEvent(std::move(message)), options,
      [self, calls = std::move(calls), index](ds::StoreResult<ds::AppendResult> appended) mutable {
        if (!appended) return self->Stop(appended.error().message);
        self->RunTools(std::move(calls), index + 1);
      });
}

}  // namespace gateway::domain::runs
