// Agent and `send` text as Telegram sends it: Markdown turned into Telegram's HTML subset
// (bold, italic, strike, inline code, fenced code blocks, links; everything else escaped), split
// at textChunkLimit first so no tag or entity is ever cut, each chunk keeping its plain text for
// the fallback when Telegram cannot parse the HTML (400 "can't parse entities").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "server/channels/telegram/bot_api.hpp"

namespace gateway::channels::telegram {

// Markdown → Telegram HTML (parse_mode HTML). Unclosed markers stay literal text.
std::string MarkdownToTelegramHtml(std::string_view markdown);

struct FormattedChunk {
  std::string html;   // sent with parse_mode HTML
  std::string plain;  // sent without parse_mode when the HTML is refused
};

// `text` split at `limit` code points; `is_html`: the text is HTML already (kept as it is).
std::vector<FormattedChunk> FormatChunks(std::string_view text, bool is_html, std::size_t limit);

// Telegram refused the message's entities: resending it as plain text will work.
bool IsParseEntitiesError(const BotError& error);

}  // namespace gateway::channels::telegram
