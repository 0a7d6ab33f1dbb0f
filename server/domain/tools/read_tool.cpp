#include <algorithm>
#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "server/domain/tools/file_io.hpp"
#include "server/domain/tools/file_tools.hpp"
#include "server/domain/tools/workspace_path.hpp"
#include "server/platform/base64url.hpp"
#include "server/platform/text.hpp"

namespace gateway::domain::tools {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxLines = 2000;
// min(51 200 B, clamp(context-window tokens × 4 × 10 %, 32 768, 131 072)) for the default
// 200 000-token window.
constexpr std::size_t kMaxBytes = 51200;

// Images whose base64 would pass 5 MiB (Anthropic's per-image limit) are not sent.
constexpr std::size_t kMaxImageBytes = 5 * 1024 * 1024 / 4 * 3;

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kImageTypes{{
    {".jpg", "image/jpeg"},
    {".jpeg", "image/jpeg"},
    {".png", "image/png"},
    {".gif", "image/gif"},
    {".webp", "image/webp"},
    {".bmp", "image/bmp"},
}};

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      if (start < text.size()) lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Cut on a UTF-8 boundary at most `max` bytes into `text`.
std::size_t Utf8Cut(std::string_view text, std::size_t max) {
  if (text.size() <= max) return text.size();
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

class ReadTool final : public Tool {
 public:
  std::string_view name() const override { return "read"; }
  std::string_view description() const override {
    return "Read a text file, or look at a jpg/png/gif/webp/bmp image. Paths are relative to the "
           "workspace. Returns at most 2000 lines or 50KB per call; use offset/limit (1-based "
           "lines) to page through larger files.";
  }
  const nlohmann::json& parameters() const override {
    static const nlohmann::json schema = {
        {"type", "object"},
        {"required", {"path"}},
        {"properties",
         {{"path", {{"type", "string"}, {"description", "Path of the file to read"}}},
          {"offset",
           {{"type", "integer"}, {"minimum", 1}, {"description", "Line to start at (1-based)"}}},
          {"limit", {{"type", "number"}, {"description", "Maximum number of lines"}}},
          {"cursor",
           {{"type", "integer"},
            {"minimum", 0},
            {"description", "Character offset inside the start line"}}},
          {"optional",
           {{"type", "boolean"},
            {"const", true},
            {"description", "A missing file is not an error"}}}}}};
    return schema;
  }

  ToolResult Run(const nlohmann::json& args, const ToolContext& context) const override {
    const std::string raw = args.at("path").get<std::string>();
    const fs::path path =
        ResolveToolPath({raw, context.workspace, context.home, context.fs_workspace_only});
    std::error_code error;
    if (fs::is_directory(path, error)) {
      throw ToolFailure("Read requires a file path, but " + raw +
                        " is a directory. List the directory, then read a specific file.");
    }
    const std::string_view mime = ImageType(path);
    // An image too large to send is not read at all.
    const std::uintmax_t size = fs::file_size(path, error);
    if (!mime.empty() && !error && size > kMaxImageBytes) return ImageNotSent(path, mime, size);
    auto data = ReadWholeFile(path, context.fs_workspace_only);
    if (!data) {
      if (args.value("optional", false)) return {"Optional file not found: " + raw + ".", false};
      throw ToolFailure("File not found: " + path.string() + ".");
    }
    if (!mime.empty()) {
      if (data->size() > kMaxImageBytes) return ImageNotSent(path, mime, data->size());
      ToolResult result = ImageRead(path, mime, data->size());
      result.images.push_back({std::string(mime), platform::EncodeBase64(*data)});
      return result;
    }
    if (data->empty()) return {"File is empty (0 bytes).", false};
    const std::string text = NormalizeText(std::move(*data));
    const auto lines = SplitLines(text);
    const std::size_t offset = args.value("offset", std::size_t{1});
    if (offset > lines.size()) {
      throw ToolFailure("Offset " + std::to_string(offset) + " is beyond end of file (" +
                        std::to_string(lines.size()) + " lines total). Retry with offset <= " +
                        std::to_string(lines.size()) + ".");
    }
    std::optional<std::size_t> limit;
    if (args.contains("limit") && args["limit"].is_number()) {
      limit = static_cast<std::size_t>(std::max(1.0, args["limit"].get<double>()));
    }
    std::size_t cursor = args.value("cursor", std::size_t{0});
    const std::size_t first = offset - 1;
    const std::size_t wanted = std::min(lines.size() - first, limit.value_or(lines.size()));

    std::string out;
    std::size_t line = first;
    std::size_t taken = 0;
    bool capped = false;
    std::size_t next_cursor = 0;
    while (taken < wanted) {
      std::string_view piece = lines[line];
      if (taken == 0 && cursor > 0) piece = piece.substr(std::min(cursor, piece.size()));
      const std::size_t needed = piece.size() + (taken > 0 ? 1 : 0);
      if (taken >= kMaxLines || out.size() + needed > kMaxBytes) {
        capped = true;
        if (taken == 0) {
          // One line larger than the cap: send its first part and continue inside it.
          const std::size_t cut = Utf8Cut(piece, kMaxBytes);
          out.append(piece.substr(0, cut));
          next_cursor = (first == line ? cursor : 0) + cut;
        }
        break;
      }
      if (taken > 0) out += '\n';
      out.append(piece);
      ++taken;
      ++line;
    }
    if (capped) {
      std::string hint = "Use offset=" + std::to_string(line + 1);
      if (next_cursor > 0) hint += ", cursor=" + std::to_string(next_cursor);
      if (limit) hint += ", limit=" + std::to_string(*limit - taken);
      out += "\n\n[Read output capped at " + std::to_string(kMaxBytes / 1024) +
             "KB for this call. " + hint + " to continue.]";
    } else if (limit && first + taken < lines.size()) {
      out += "\n\n[" + std::to_string(lines.size() - first - taken) +
             " more lines in file. Use offset=" + std::to_string(first + taken + 1) +
             " to continue.]";
    }
    return {std::move(out), false, {{"path", path.string()}, {"lines", taken}}};
  }

 private:
  // By extension, in any case (cameras and phones write .JPG).
  static std::string_view ImageType(const fs::path& path) {
    const std::string extension = platform::AsciiLower(path.extension().string());
    for (const auto& [ext, mime] : kImageTypes) {
      if (extension == ext) return mime;
    }
    return {};
  }

  static ToolResult ImageRead(const fs::path& path, std::string_view mime, std::uintmax_t size) {
    return {"Read image file [" + std::string(mime) + "]",
            false,
            {{"path", path.string()}, {"mimeType", mime}, {"bytes", size}}};
  }

  static ToolResult ImageNotSent(const fs::path& path, std::string_view mime, std::uintmax_t size) {
    ToolResult result = ImageRead(path, mime, size);
    result.text += "\n\n[Image not sent to the model: " + std::to_string(size) +
                   " bytes is over the " + std::to_string(kMaxImageBytes) +
                   "-byte limit for images.]";
    return result;
  }
};

}  // namespace

std::string NormalizeText(std::string text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

std::unique_ptr<Tool> MakeReadTool() { return std::make_unique<ReadTool>(); }

}  // namespace gateway::domain::tools
