#include "server/channels/telegram/telegram_format.hpp"

#include "server/channels/text_chunks.hpp"
#include "server/platform/text.hpp"

namespace gateway::channels::telegram {
namespace {

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool IsSpace(char c) { return platform::IsAsciiSpace(c); }

std::string EscapeAttribute(std::string_view text) {
  std::string out = EscapeHtml(text);
  std::string quoted;
  for (char c : out) quoted += c == '"' ? std::string("&quot;") : std::string(1, c);
  return quoted;
}

// The closing `marker` of an emphasis that opened at `from` (its content starts there): the
// content is non-empty and does not start or end with a space. npos when there is none.
std::size_t FindCloser(std::string_view text, std::size_t from, std::string_view marker) {
  if (from >= text.size() || IsSpace(text[from])) return std::string_view::npos;
  std::size_t at = from;
  while ((at = text.find(marker, at + 1)) != std::string_view::npos) {
    if (at <= from || IsSpace(text[at - 1])) continue;
    // `_` closes only at a word end (snake_case stays literal).
    if (marker == "_" && at + 1 < text.size() && IsWordChar(text[at + 1])) continue;
    // In a run such as "***" the closer is its last characters (the first close an inner span).
    if (at + marker.size() < text.size() && text[at + marker.size()] == marker[0]) continue;
    return at;
  }
  return std::string_view::npos;
}

std::string Inline(std::string_view text);

// Tries the inline construct at `i`; on success appends its HTML and advances `i`.
bool TrySpan(std::string_view text, std::size_t& i, std::string& out) {
  const char c = text[i];
  if (c == '`') {
    const auto close = text.find('`', i + 1);
    if (close == std::string_view::npos || close == i + 1) return false;
    out += "<code>" + EscapeHtml(text.substr(i + 1, close - i - 1)) + "</code>";
    i = close + 1;
    return true;
  }
  if (c == '[') {
    const auto label_end = text.find("](", i + 1);
    if (label_end == std::string_view::npos) return false;
    const auto url_end = text.find(')', label_end + 2);
    if (url_end == std::string_view::npos) return false;
    const auto url = text.substr(label_end + 2, url_end - label_end - 2);
    const bool web = url.starts_with("http://") || url.starts_with("https://") ||
                     url.starts_with("tg://") || url.starts_with("mailto:");
    if (!web || url.find_first_of(" \n") != std::string_view::npos) return false;
    out += "<a href=\"" + EscapeAttribute(url) + "\">" +
           Inline(text.substr(i + 1, label_end - i - 1)) + "</a>";
    i = url_end + 1;
    return true;
  }
  struct Emphasis {
    std::string_view marker;
    std::string_view tag;
  };
  static constexpr Emphasis kEmphasis[] = {
      {"**", "b"}, {"__", "b"}, {"~~", "s"}, {"*", "i"}, {"_", "i"}};
  for (const auto& [marker, tag] : kEmphasis) {
    if (text.substr(i, marker.size()) != marker) continue;
    // `_` opens only at a word start.
    if (marker[0] == '_' && i > 0 && IsWordChar(text[i - 1])) return false;
    const std::size_t from = i + marker.size();
    const auto close = FindCloser(text, from, marker);
    if (close == std::string_view::npos) continue;
    out += "<" + std::string(tag) + ">" + Inline(text.substr(from, close - from)) + "</" +
           std::string(tag) + ">";
    i = close + marker.size();
    return true;
  }
  return false;
}

std::string Inline(std::string_view text) {
  std::string out;
  std::size_t plain_from = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '`' || c == '[' || c == '*' || c == '_' || c == '~') {
      std::string span;
      const std::size_t start = i;
      if (TrySpan(text, i, span)) {
        out += EscapeHtml(text.substr(plain_from, start - plain_from));
        out += span;
        plain_from = i;
        continue;
      }
    }
    ++i;
  }
  out += EscapeHtml(text.substr(plain_from));
  return out;
}

}  // namespace

std::string MarkdownToTelegramHtml(std::string_view markdown) {
  std::string out;
  std::string paragraph;  // lines outside code blocks, converted together
  auto flush = [&] {
    out += Inline(paragraph);
    paragraph.clear();
  };
  std::size_t pos = 0;
  while (pos <= markdown.size()) {
    auto end = markdown.find('\n', pos);
    if (end == std::string_view::npos) end = markdown.size();
    const auto line = markdown.substr(pos, end - pos);
    const bool last = end == markdown.size();
    if (platform::TrimAsciiSpace(line).starts_with("```")) {
      // A fenced block: up to the closing fence (or the end of the text).
      const auto language = platform::TrimAsciiSpace(platform::TrimAsciiSpace(line).substr(3));
      std::string code;
      std::size_t next = last ? markdown.size() + 1 : end + 1;
      bool closed = false;
      while (next <= markdown.size()) {
        auto code_end = markdown.find('\n', next);
        if (code_end == std::string_view::npos) code_end = markdown.size();
        const auto code_line = markdown.substr(next, code_end - next);
        next = code_end + 1;
        if (platform::TrimAsciiSpace(code_line).starts_with("```")) {
          closed = true;
          break;
        }
        if (!code.empty()) code += '\n';
        code += code_line;
      }
      flush();
      out += language.empty() ? "<pre><code>"
                              : "<pre><code class=\"language-" + EscapeAttribute(language) + "\">";
      out += EscapeHtml(code) + "</code></pre>";
      if (closed && next <= markdown.size()) out += '\n';
      pos = next;
      continue;
    }
    paragraph += line;
    if (!last) paragraph += '\n';
    pos = end + 1;
  }
  flush();
  return out;
}

std::vector<FormattedChunk> FormatChunks(std::string_view text, bool is_html, std::size_t limit) {
  std::vector<FormattedChunk> chunks;
  for (auto& chunk : ChunkText(text, limit)) {
    FormattedChunk formatted;
    formatted.html = is_html ? chunk : MarkdownToTelegramHtml(chunk);
    formatted.plain = std::move(chunk);
    chunks.push_back(std::move(formatted));
  }
  return chunks;
}

bool IsParseEntitiesError(const BotError& error) {
  return error.kind == BotErrorKind::kApi && error.error_code == 400 &&
         error.description.find("can't parse entities") != std::string::npos;
}

}  // namespace gateway::channels::telegram
