// The untrusted-content envelope the reference puts around text from outside (methods.md §12.1
// web_fetch): an optional SECURITY NOTICE, begin/end markers sharing a random id, a `Source:` line.
// Marker look-alikes inside the content are neutralised so a page cannot close the envelope.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gateway::domain::tools::web {

struct WrappedText {
  std::string text;                // the envelope with the (possibly cut) content
  bool truncated = false;          // the content was cut to fit
  std::size_t content_length = 0;  // UTF-16 units of the content kept
};

// `content` in the envelope, labelled "Source: <source_label>".
std::string WrapExternalContent(std::string_view content, std::string_view source_label,
                                bool include_warning);

// The envelope (with the notice when it fits) holding as much of `content` as keeps the whole at
// most `max_units` UTF-16 units.
WrappedText WrapToFit(std::string_view content, std::string_view source_label,
                      std::size_t max_units);

}  // namespace gateway::domain::tools::web
