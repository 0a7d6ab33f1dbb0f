// Generated from protocol/events/config.yaml, protocol/methods/config.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed emitters restricted to the events each config method declares in `emits:`: a handler
// given one can emit only those. They publish through the same EventSink as EventEmitter.
#pragma once

#include <string_view>

#include "gateway/proto/events.hpp"
#include "gateway/proto/fwd.hpp"
#include "gateway/proto/protocol.hpp"

namespace gateway::proto {

// config.apply emits config.changed.
class ConfigApplyEmits {
 public:
  explicit ConfigApplyEmits(EventSink& sink) : emit_(sink) {}

  // config.changed: The config file was written by config.set, config.apply or config.patch (never carries config content).
  void ConfigChanged(const ConfigChangedEvent& payload) { emit_.ConfigChanged(payload); }

 private:
  EventEmitter emit_;
};

// config.patch emits config.changed.
class ConfigPatchEmits {
 public:
  explicit ConfigPatchEmits(EventSink& sink) : emit_(sink) {}

  // config.changed: The config file was written by config.set, config.apply or config.patch (never carries config content).
  void ConfigChanged(const ConfigChangedEvent& payload) { emit_.ConfigChanged(payload); }

 private:
  EventEmitter emit_;
};

// config.set emits config.changed.
class ConfigSetEmits {
 public:
  explicit ConfigSetEmits(EventSink& sink) : emit_(sink) {}

  // config.changed: The config file was written by config.set, config.apply or config.patch (never carries config content).
  void ConfigChanged(const ConfigChangedEvent& payload) { emit_.ConfigChanged(payload); }

 private:
  EventEmitter emit_;
};

// The emitter of a method by id, e.g. MethodEmits<MethodId::kConfigApply>::type is ConfigApplyEmits.
template <>
struct MethodEmits<MethodId::kConfigApply> {
  using type = ConfigApplyEmits;
};
template <>
struct MethodEmits<MethodId::kConfigPatch> {
  using type = ConfigPatchEmits;
};
template <>
struct MethodEmits<MethodId::kConfigSet> {
  using type = ConfigSetEmits;
};

}  // namespace gateway::proto
