// HTML → Markdown (or plain text) for web_fetch, parsed with Gumbo (Debian's libgumbo-dev, an
// HTML5-conformant parser, so broken real-world markup parses the way browsers parse it).
// Main-content extraction is a readability-style cut: the page's <article> or <main> (or
// role="main") when there is one, and navigation, headers, footers, asides, forms, scripts and
// styles dropped.
#pragma once

#include <string>
#include <string_view>

namespace gateway::domain::tools::web {

struct HtmlText {
  std::string title;     // <title>, whitespace collapsed
  std::string markdown;  // headings, links, lists, emphasis and code as Markdown
};

// `main_content_only`: the readability-style cut; otherwise the whole <body> minus scripts/styles.
HtmlText HtmlToMarkdown(std::string_view html, bool main_content_only);

// Markdown reduced to plain text: link and image syntax, heading marks, emphasis, code fences and
// list bullets removed.
std::string MarkdownToText(std::string_view markdown);

// True when the text starts like an HTML document ("<!doctype html" or "<html").
bool LooksLikeHtml(std::string_view text);

}  // namespace gateway::domain::tools::web
