// Assembles streamed tool calls: each call is keyed by the provider's own position (OpenAI's
// `tool_calls[].index`, Anthropic's content block index), numbered 0, 1, … in the order calls
// start, and reported as start → argument fragments → end with the complete call.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "server/providers/model_types.hpp"

namespace gateway::providers {

class ToolCallAssembler {
 public:
  using Emit = std::function<void(StreamEvent)>;

  bool Has(int key) const { return by_key_.contains(key); }

  void Start(int key, std::string id, std::string name, const Emit& emit) {
    if (Has(key)) return;
    const int index = static_cast<int>(calls_.size());
    if (id.empty()) id = "call_" + std::to_string(index);
    by_key_[key] = index;
    calls_.push_back({.call = {.id = id, .name = name, .arguments = {}}, .ended = false});
    emit(ToolCallStart{.index = index, .id = std::move(id), .name = std::move(name)});
  }

  void AppendArguments(int key, std::string_view fragment, const Emit& emit) {
    const auto it = by_key_.find(key);
    if (it == by_key_.end() || fragment.empty()) return;
    calls_[it->second].call.arguments.append(fragment);
    emit(ToolCallArgsDelta{.index = it->second, .json_fragment = std::string(fragment)});
  }

  // A call's name may arrive after its start on some servers.
  void SetName(int key, std::string_view name) {
    const auto it = by_key_.find(key);
    if (it != by_key_.end() && calls_[it->second].call.name.empty()) {
      calls_[it->second].call.name = name;
    }
  }

  void End(int key, const Emit& emit) {
    const auto it = by_key_.find(key);
    if (it != by_key_.end()) EndIndex(it->second, emit);
  }

  void EndAll(const Emit& emit) {
    for (int i = 0; i < static_cast<int>(calls_.size()); ++i) EndIndex(i, emit);
  }

  std::vector<ToolCall> Calls() const {
    std::vector<ToolCall> out;
    for (const auto& entry : calls_) out.push_back(entry.call);
    return out;
  }

 private:
  struct Entry {
    ToolCall call;
    bool ended = false;
  };

  void EndIndex(int index, const Emit& emit) {
    Entry& entry = calls_[index];
    if (entry.ended) return;
    entry.ended = true;
    if (entry.call.arguments.empty()) entry.call.arguments = "{}";  // a call without arguments
    emit(ToolCallEnd{.index = index, .call = entry.call});
  }

  std::map<int, int> by_key_;
  std::vector<Entry> calls_;
};

}  // namespace gateway::providers
