#include "server/domain/tools/web/html_text.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "server/platform/text.hpp"

namespace gateway::domain::tools::web {
namespace {

// `text` line by line through `transform` (nullopt drops a line); an empty result is a blank
// line, and blank lines between two lines become one; none at either end.
std::string JoinLines(
    std::string_view text,
    const std::function<std::optional<std::string>(std::string_view)>& transform) {
  std::string out;
  bool blank = false;
  for (std::string_view rest = text; !rest.empty();) {
    const std::size_t end = std::min(rest.find('\n'), rest.size());
    const auto line = transform(rest.substr(0, end));
    rest = end < rest.size() ? rest.substr(end + 1) : std::string_view();
    if (!line) continue;
    if (line->empty()) {
      blank = true;
      continue;
    }
    if (!out.empty()) out += blank ? "\n\n" : "\n";
    blank = false;
    out += *line;
  }
  return out;
}

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

// Page chrome the readability-style cut leaves out.
bool IsChrome(const GumboNode& node) {
  switch (node.v.element.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FOOTER:
      return true;
    case GUMBO_TAG_HEADER:  // the site header, not an article's own header
      return node.parent && node.parent->type == GUMBO_NODE_ELEMENT &&
             node.parent->v.element.tag == GUMBO_TAG_BODY;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

int HeadingLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1:
      return 1;
    case GUMBO_TAG_H2:
      return 2;
    case GUMBO_TAG_H3:
      return 3;
    case GUMBO_TAG_H4:
      return 4;
    case GUMBO_TAG_H5:
      return 5;
    case GUMBO_TAG_H6:
      return 6;
    default:
      return 0;
  }
}

std::string_view Attribute(const GumboNode& node, const char* name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&node.v.element.attributes, name);
  return attribute ? std::string_view(attribute->value) : std::string_view();
}

// The text of a subtree as written (for <pre> and <title>).
void RawText(const GumboNode& node, std::string& out) {
  if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE ||
      node.type == GUMBO_NODE_CDATA) {
    out += node.v.text.text;
    return;
  }
  if (node.type != GUMBO_NODE_ELEMENT) return;
  const GumboVector& children = node.v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    RawText(*static_cast<const GumboNode*>(children.data[i]), out);
  }
}

const GumboNode* FindElement(const GumboNode& node, GumboTag tag, bool by_role_main) {
  if (node.type != GUMBO_NODE_ELEMENT) return nullptr;
  if (by_role_main ? platform::AsciiIEquals(Attribute(node, "role"), "main")
                   : node.v.element.tag == tag) {
    return &node;
  }
  const GumboVector& children = node.v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    if (const auto* found =
            FindElement(*static_cast<const GumboNode*>(children.data[i]), tag, by_role_main)) {
      return found;
    }
  }
  return nullptr;
}

class MarkdownRenderer {
 public:
  explicit MarkdownRenderer(bool drop_chrome) : drop_chrome_(drop_chrome) {}

  void Render(const GumboNode& node) {
    if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_CDATA)
      return Text(node.v.text.text);
    if (node.type == GUMBO_NODE_WHITESPACE) {
      pending_space_ = true;
      return;
    }
    if (node.type != GUMBO_NODE_ELEMENT && node.type != GUMBO_NODE_TEMPLATE) return;
    const GumboTag tag = node.v.element.tag;
    if (IsSkipped(tag) || (drop_chrome_ && IsChrome(node))) return;
    if (const int level = HeadingLevel(tag)) {
      BlockBreak();
      out_ += std::string(level, '#') + " ";
      Children(node);
      BlockBreak();
      return;
    }
    switch (tag) {
      case GUMBO_TAG_BR:
        TrimTrailingSpaces();
        out_ += '\n';
        pending_space_ = false;
        return;
      case GUMBO_TAG_HR:
        BlockBreak();
        out_ += "---";
        BlockBreak();
        return;
      case GUMBO_TAG_PRE: {
        BlockBreak();
        std::string raw;
        RawText(node, raw);
        while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r')) raw.pop_back();
        out_ += "```\n" + raw + "\n```";
        BlockBreak();
        return;
      }
      case GUMBO_TAG_UL:
      case GUMBO_TAG_OL:
        BlockBreak();
        lists_.push_back({tag == GUMBO_TAG_OL, 0});
        Children(node);
        lists_.pop_back();
        BlockBreak();
        return;
      case GUMBO_TAG_LI:
        return ListItem(node);
      case GUMBO_TAG_TR:
        LineBreak();
        cells_in_row_ = 0;
        Children(node);
        LineBreak();
        return;
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
        if (cells_in_row_++ > 0) out_ += " | ";
        pending_space_ = false;
        Children(node);
        return;
      case GUMBO_TAG_A:
        return Link(node);
      case GUMBO_TAG_STRONG:
      case GUMBO_TAG_B:
        return Wrapped(node, "**");
      case GUMBO_TAG_EM:
      case GUMBO_TAG_I:
        return Wrapped(node, "_");
      case GUMBO_TAG_CODE:
        return Wrapped(node, "`");
      case GUMBO_TAG_IMG:
        return Image(node);
      default:
        break;
    }
    if (IsBlock(tag)) {
      BlockBreak();
      Children(node);
      BlockBreak();
      return;
    }
    Children(node);
  }

  std::string Finish() const {
    return JoinLines(out_, [](std::string_view line) -> std::optional<std::string> {
      while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
      return std::string(line);
    });
  }

 private:
  struct List {
    bool ordered;
    int count;
  };

  void Children(const GumboNode& node) {
    const GumboVector& children = node.v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      Render(*static_cast<const GumboNode*>(children.data[i]));
    }
  }

  void Text(std::string_view text) {
    for (char c : text) {
      if (platform::IsAsciiSpace(c) || c == '\f' || c == '\v') {
        pending_space_ = true;
        continue;
      }
      FlushSpace();
      out_ += c;
    }
  }

  // A collapsed space goes out only between words on the same line.
  void FlushSpace() {
    if (pending_space_ && !out_.empty() && out_.back() != '\n' && out_.back() != ' ') out_ += ' ';
    pending_space_ = false;
  }

  void TrimTrailingSpaces() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
  }

  // Finish shrinks blank-line runs to one, so a break here may be asked for twice.
  void BlockBreak() {
    TrimTrailingSpaces();
    if (!out_.empty()) out_ += "\n\n";
    pending_space_ = false;
  }

  void LineBreak() {
    TrimTrailingSpaces();
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    pending_space_ = false;
  }

  void ListItem(const GumboNode& node) {
    LineBreak();
    const std::size_t depth = lists_.empty() ? 0 : lists_.size() - 1;
    out_ += std::string(depth * 2, ' ');
    if (!lists_.empty() && lists_.back().ordered) {
      out_ += std::to_string(++lists_.back().count) + ". ";
    } else {
      out_ += "- ";
    }
    Children(node);
    LineBreak();
  }

  void Wrapped(const GumboNode& node, std::string_view mark) {
    FlushSpace();
    const std::size_t start = out_.size();
    Children(node);
    TrimTrailingSpaces();
    if (out_.size() == start) return;
    out_.insert(start, mark);
    out_ += mark;
  }

  void Link(const GumboNode& node) {
    FlushSpace();
    const std::size_t start = out_.size();
    Children(node);
    TrimTrailingSpaces();
    const std::string_view href = platform::TrimAsciiSpace(Attribute(node, "href"));
    if (out_.size() == start || href.empty() || href.starts_with("#") ||
        platform::AsciiLower(href).starts_with("javascript:")) {
      return;
    }
    out_.insert(start, "[");
    out_ += "](" + std::string(href) + ")";
  }

  void Image(const GumboNode& node) {
    const std::string alt = platform::CollapseAsciiSpace(Attribute(node, "alt"));
    const std::string_view src = platform::TrimAsciiSpace(Attribute(node, "src"));
    if (alt.empty() || src.empty() || src.starts_with("data:")) return;
    FlushSpace();
    out_ += "![" + alt + "](" + std::string(src) + ")";
  }

  bool drop_chrome_;
  std::string out_;
  bool pending_space_ = false;
  std::vector<List> lists_;
  int cells_in_row_ = 0;
};

struct GumboDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

// Drops whole lines: fenced code markers.
bool IsFence(std::string_view line) { return platform::TrimAsciiSpace(line).starts_with("```"); }

// "[text](url)" → "text", "![alt](url)" → "alt"; other brackets stay.
std::string StripLinks(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    const bool image = line[i] == '!' && i + 1 < line.size() && line[i + 1] == '[';
    if (line[i] == '[' || image) {
      const std::size_t open = image ? i + 1 : i;
      const std::size_t close = line.find("](", open);
      const std::size_t end = close == std::string_view::npos ? close : line.find(')', close + 2);
      if (end != std::string_view::npos &&
          line.substr(open + 1, close - open - 1).find('[') == std::string_view::npos) {
        out += line.substr(open + 1, close - open - 1);
        i = end + 1;
        continue;
      }
    }
    out += line[i++];
  }
  return out;
}

std::string StripLineMarks(std::string_view line) {
  std::string_view rest = line;
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  std::size_t hashes = 0;
  while (hashes < rest.size() && rest[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes <= 6 && hashes < rest.size() && rest[hashes] == ' ') {
    rest.remove_prefix(hashes + 1);
  } else if (rest.starts_with("- ") || rest.starts_with("* ") || rest.starts_with("+ ")) {
    rest.remove_prefix(2);
  } else if (rest.starts_with("> ")) {
    rest.remove_prefix(2);
  } else {
    std::size_t digits = 0;
    while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) {
      ++digits;
    }
    if (digits > 0 && rest.substr(digits).starts_with(". ")) rest.remove_prefix(digits + 2);
  }
  std::string out;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if ((rest[i] == '*' || rest[i] == '_') && i + 1 < rest.size() && rest[i + 1] == rest[i]) {
      ++i;  // "**" / "__"
      continue;
    }
    if (rest[i] == '`') continue;
    out += rest[i];
  }
  return out;
}

}  // namespace

HtmlText HtmlToMarkdown(std::string_view html, bool main_content_only) {
  std::unique_ptr<GumboOutput, GumboDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  HtmlText page;
  if (const auto* title = FindElement(*output->root, GUMBO_TAG_TITLE, false)) {
    std::string raw;
    RawText(*title, raw);
    page.title = platform::CollapseAsciiSpace(raw);
  }
  const GumboNode* root = output->root;
  if (main_content_only) {
    for (const auto* found : {FindElement(*output->root, GUMBO_TAG_ARTICLE, false),
                              FindElement(*output->root, GUMBO_TAG_MAIN, false),
                              FindElement(*output->root, GUMBO_TAG_UNKNOWN, true)}) {
      if (found) {
        root = found;
        break;
      }
    }
  }
  MarkdownRenderer renderer(main_content_only);
  renderer.Render(*root);
  page.markdown = renderer.Finish();
  return page;
}

std::string MarkdownToText(std::string_view markdown) {
  return JoinLines(markdown, [](std::string_view line) -> std::optional<std::string> {
    if (IsFence(line)) return std::nullopt;
    std::string text = StripLineMarks(StripLinks(line));
    return platform::TrimAsciiSpace(text).empty() ? std::string() : text;
  });
}

bool LooksLikeHtml(std::string_view text) {
  const std::string head = platform::AsciiLower(platform::TrimAsciiSpace(text).substr(0, 256));
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

}  // namespace gateway::domain::tools::web
