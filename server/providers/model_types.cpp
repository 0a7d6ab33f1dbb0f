#include "server/providers/model_types.hpp"

namespace gateway::providers {

std::string_view StopReasonName(StopReason reason) {
  switch (reason) {
    case StopReason::kStop:
      return "stop";
    case StopReason::kLength:
      return "length";
    case StopReason::kToolCalls:
      return "tool_calls";
    case StopReason::kContentFilter:
      return "content_filter";
    case StopReason::kOther:
      return "other";
  }
  return "other";
}

std::string ImageDataUrl(const ImageContent& image) {
  return "data:" + image.mime_type + ";base64," + image.data;
}

std::string_view ReasoningEffort(ThinkingLevel level) {
  switch (level) {
    case ThinkingLevel::kMinimal:
      return "minimal";
    case ThinkingLevel::kLow:
      return "low";
    case ThinkingLevel::kMedium:
      return "medium";
    case ThinkingLevel::kHigh:
      return "high";
    case ThinkingLevel::kOff:
      break;
  }
  return {};
}

}  // namespace gateway::providers
