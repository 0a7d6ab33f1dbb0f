// Outbound text helpers shared by the chat channels.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::channels {

// Splits `text` into chunks of at most `limit` code points: at the last paragraph break
// ("\n\n") in the second half of the window, else the last line break there, else the last
// space, else hard — always on a code-point boundary (invalid UTF-8 bytes count as one each).
// Whitespace at the cuts is dropped; so are empty chunks. `limit` < 1 is treated as 1.
std::vector<std::string> ChunkText(std::string_view text, std::size_t limit);

// `&`, `<`, `>` as entities: plain text for parse_mode HTML.
std::string EscapeHtml(std::string_view text);

// The number of code points of `text`.
std::size_t CodePoints(std::string_view text);

}  // namespace gateway::channels
