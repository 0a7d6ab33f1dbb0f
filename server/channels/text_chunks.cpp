#include "server/channels/text_chunks.hpp"

namespace gateway::channels {
namespace {

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The byte length of the first `count` code points of `text` (all of it when shorter).
std::size_t BytesOfCodePoints(std::string_view text, std::size_t count) {
  std::size_t at = 0;
  for (std::size_t n = 0; n < count && at < text.size(); ++n) {
    ++at;
    // At most three continuation bytes belong to one code point.
    for (int i = 0; i < 3 && at < text.size() && IsContinuation(text[at]); ++i) ++at;
  }
  return at;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::string_view TrimSpace(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

// Where to cut `window` (the first `limit` code points of the rest): a byte index > 0.
std::size_t CutPoint(std::string_view window) {
  const std::size_t half = window.size() / 2;
  if (const auto at = window.rfind("\n\n"); at != std::string_view::npos && at >= half) return at;
  if (const auto at = window.rfind('\n'); at != std::string_view::npos && at >= half) return at;
  if (const auto at = window.find_last_of(" \t\n"); at != std::string_view::npos && at > 0) {
    return at;
  }
  return window.size();
}

}  // namespace

std::size_t CodePoints(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size(); at += BytesOfCodePoints(text.substr(at), 1)) ++count;
  return count;
}

std::vector<std::string> ChunkText(std::string_view text, std::size_t limit) {
  if (limit < 1) limit = 1;
  std::vector<std::string> chunks;
  std::string_view rest = TrimSpace(text);
  while (!rest.empty()) {
    const std::size_t window = BytesOfCodePoints(rest, limit);
    if (window == rest.size()) {
      chunks.emplace_back(rest);
      break;
    }
    // The window is cut before a code point that does not fit; a break right there also counts.
    const std::size_t cut = IsSpace(rest[window]) ? window : CutPoint(rest.substr(0, window));
    const std::string_view chunk = TrimSpace(rest.substr(0, cut));
    if (!chunk.empty()) chunks.emplace_back(chunk);
    rest = TrimSpace(rest.substr(cut));
  }
  return chunks;
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace gateway::channels
