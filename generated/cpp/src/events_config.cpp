// Generated from protocol/events/config.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/events_config.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, ConfigChangedEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  Read(wire::RequiredMember(j, "hash", ptr), out.hash, wire::ChildPointer(ptr, "hash"));
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"path", "hash", "ts"});
}

nlohmann::json Write(const ConfigChangedEvent& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["path"] = Write(value.path);
  j["hash"] = Write(value.hash);
  j["ts"] = Write(value.ts);
  return j;
}

}  // namespace gateway::proto
