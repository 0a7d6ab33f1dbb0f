// Generated from protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/methods_tools.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, ToolsInvokeParamsArgs& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const ToolsInvokeParamsArgs& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

std::string_view ToString(ToolsInvokeReadOrigin value) {
  switch (value) {
    case ToolsInvokeReadOrigin::kDirectOperator:
      return "direct-operator";
  }
  return {};
}

std::optional<ToolsInvokeReadOrigin> ParseToolsInvokeReadOrigin(std::string_view text) {
  if (text == "direct-operator") return ToolsInvokeReadOrigin::kDirectOperator;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ToolsInvokeReadOrigin& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseToolsInvokeReadOrigin(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ToolsInvokeReadOrigin value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ToolsInvokeParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"name", "args", "sessionKey", "agentId", "confirm", "idempotencyKey", "conversationReadOrigin"}, ptr);
  Read(wire::RequiredMember(j, "name", ptr), out.name, wire::ChildPointer(ptr, "name"));
  if (auto it = j.find("args"); it != j.end()) Read(*it, out.args.emplace(), wire::ChildPointer(ptr, "args"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("confirm"); it != j.end()) Read(*it, out.confirm.emplace(), wire::ChildPointer(ptr, "confirm"));
  if (auto it = j.find("idempotencyKey"); it != j.end()) Read(*it, out.idempotency_key.emplace(), wire::ChildPointer(ptr, "idempotencyKey"));
  if (auto it = j.find("conversationReadOrigin"); it != j.end()) Read(*it, out.conversation_read_origin.emplace(), wire::ChildPointer(ptr, "conversationReadOrigin"));
}

nlohmann::json Write(const ToolsInvokeParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["name"] = Write(value.name);
  if (value.args) j["args"] = Write(*value.args);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.confirm) j["confirm"] = Write(*value.confirm);
  if (value.idempotency_key) j["idempotencyKey"] = Write(*value.idempotency_key);
  if (value.conversation_read_origin) j["conversationReadOrigin"] = Write(*value.conversation_read_origin);
  return j;
}

std::string_view ToString(ToolsInvokeErrorCode value) {
  switch (value) {
    case ToolsInvokeErrorCode::kRequiresApproval:
      return "requires_approval";
    case ToolsInvokeErrorCode::kValidationError:
      return "validation_error";
    case ToolsInvokeErrorCode::kNotFound:
      return "not_found";
    case ToolsInvokeErrorCode::kForbidden:
      return "forbidden";
    case ToolsInvokeErrorCode::kInternalError:
      return "internal_error";
  }
  return {};
}

std::optional<ToolsInvokeErrorCode> ParseToolsInvokeErrorCode(std::string_view text) {
  if (text == "requires_approval") return ToolsInvokeErrorCode::kRequiresApproval;
  if (text == "validation_error") return ToolsInvokeErrorCode::kValidationError;
  if (text == "not_found") return ToolsInvokeErrorCode::kNotFound;
  if (text == "forbidden") return ToolsInvokeErrorCode::kForbidden;
  if (text == "internal_error") return ToolsInvokeErrorCode::kInternalError;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ToolsInvokeErrorCode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseToolsInvokeErrorCode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ToolsInvokeErrorCode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ToolsInvokeError& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"code", "message"}, ptr);
  Read(wire::RequiredMember(j, "code", ptr), out.code, wire::ChildPointer(ptr, "code"));
  Read(wire::RequiredMember(j, "message", ptr), out.message, wire::ChildPointer(ptr, "message"));
}

nlohmann::json Write(const ToolsInvokeError& value) {
  nlohmann::json j = nlohmann::json::object();
  j["code"] = Write(value.code);
  j["message"] = Write(value.message);
  return j;
}

void Read(const nlohmann::json& j, ToolsInvokeResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"ok", "toolName", "output", "source", "requiresApproval", "error"}, ptr);
  Read(wire::RequiredMember(j, "ok", ptr), out.ok, wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "toolName", ptr), out.tool_name, wire::ChildPointer(ptr, "toolName"));
  if (auto it = j.find("output"); it != j.end()) Read(*it, out.output.emplace(), wire::ChildPointer(ptr, "output"));
  if (auto it = j.find("source"); it != j.end()) Read(*it, out.source.emplace(), wire::ChildPointer(ptr, "source"));
  if (auto it = j.find("requiresApproval"); it != j.end()) Read(*it, out.requires_approval.emplace(), wire::ChildPointer(ptr, "requiresApproval"));
  if (auto it = j.find("error"); it != j.end()) Read(*it, out.error.emplace(), wire::ChildPointer(ptr, "error"));
}

nlohmann::json Write(const ToolsInvokeResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["ok"] = Write(value.ok);
  j["toolName"] = Write(value.tool_name);
  if (value.output) j["output"] = Write(*value.output);
  if (value.source) j["source"] = Write(*value.source);
  if (value.requires_approval) j["requiresApproval"] = Write(*value.requires_approval);
  if (value.error) j["error"] = Write(*value.error);
  return j;
}

}  // namespace gateway::proto
