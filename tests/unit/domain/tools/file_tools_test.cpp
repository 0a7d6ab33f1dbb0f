// The workspace file tools (methods.md §12.1) on real files: result texts, paging caps, errors,
// argument validation, and confinement — every escape (.., absolute paths, symlinked files and
// directories, dangling links) refused when confined and allowed when not.
#include <catch2/catch.hpp>

#include "server/platform/base64url.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/unit/domain/tools/tools_fixture.hpp"

using namespace gateway::testing;
using nlohmann::json;
namespace fs = std::filesystem;

TEST_CASE("Tools: read returns the text, pages by lines and caps big files", "[tools][read]") {
  ToolsFixture f;
  WriteFile(f.workspace / "a.txt", "\xEF\xBB\xBFone\r\ntwo\r\nthree\n");
  auto r = f.Call("read", {{"path", "a.txt"}});
  CHECK_FALSE(r.is_error);
  CHECK(r.text == "one\ntwo\nthree");

  r = f.Call("read", {{"path", "a.txt"}, {"offset", 2}, {"limit", 1}});
  CHECK(r.text == "two\n\n[1 more lines in file. Use offset=3 to continue.]");

  r = f.Call("read", {{"path", "a.txt"}, {"offset", 9}});
  CHECK(r.is_error);
  CHECK(r.text == ToolsFixture::Error("read",
                                      "Offset 9 is beyond end of file (3 lines total). "
                                      "Retry with offset <= 3."));

  WriteFile(f.workspace / "empty.txt", "");
  CHECK(f.Call("read", {{"path", "empty.txt"}}).text == "File is empty (0 bytes).");

  std::string big;
  for (int i = 0; i < 3000; ++i) big += "line " + std::to_string(i) + "\n";
  WriteFile(f.workspace / "big.txt", big);
  r = f.Call("read", {{"path", "big.txt"}});
  CHECK(r.text.find("line 1999\n\n[Read output capped at 50KB for this call. Use offset=2001 to "
                    "continue.]") != std::string::npos);

  WriteFile(f.workspace / "wide.txt", std::string(60000, 'x'));
  r = f.Call("read", {{"path", "wide.txt"}});
  CHECK(r.text == std::string(51200, 'x') +
                      "\n\n[Read output capped at 50KB for this call. Use offset=1, "
                      "cursor=51200 to continue.]");
  r = f.Call("read", {{"path", "wide.txt"}, {"cursor", 51200}});
  CHECK(r.text == std::string(60000 - 51200, 'x'));
}

TEST_CASE("Tools: read of a missing file, an optional one and a directory", "[tools][read]") {
  ToolsFixture f;
  auto r = f.Call("read", {{"path", "nope.txt"}});
  CHECK(r.is_error);
  CHECK(r.text == ToolsFixture::Error(
                      "read", "File not found: " + (f.workspace / "nope.txt").string() + "."));
  r = f.Call("read", {{"path", "nope.txt"}, {"optional", true}});
  CHECK_FALSE(r.is_error);
  CHECK(r.text == "Optional file not found: nope.txt.");
  fs::create_directories(f.workspace / "sub");
  r = f.Call("read", {{"path", "sub"}});
  CHECK(r.text == ToolsFixture::Error("read",
                                      "Read requires a file path, but sub is a directory. List "
                                      "the directory, then read a specific file."));
}

TEST_CASE("Tools: a binary file reaches the model as valid UTF-8", "[tools][read]") {
  ToolsFixture f;
  WriteFile(f.workspace / "bin.dat", std::string("ab\xff\xfe"
                                                 "cd",
                                                 6));
  auto r = f.Call("read", {{"path", "bin.dat"}});
  CHECK_FALSE(r.is_error);
  CHECK(r.text ==
        "ab\xEF\xBF\xBD\xEF\xBF\xBD"
        "cd");
  CHECK_NOTHROW(json(r.text).dump());
}

namespace {
// A 1×1 PNG and its standard base64, as a browser's data URL would spell it.
constexpr std::string_view kPixelPngBase64 =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
    "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
std::string PixelPng() {
  std::string url_safe(kPixelPngBase64);
  for (char& c : url_safe) c = c == '+' ? '-' : c == '/' ? '_' : c;
  return gateway::platform::DecodeBase64Url(url_safe).value();
}
}  // namespace

TEST_CASE("Tools: read of an image attaches its bytes as a base64 image block", "[tools][read]") {
  ToolsFixture f;
  WriteFile(f.workspace / "pixel.png", PixelPng());
  auto r = f.Call("read", {{"path", "pixel.png"}});
  CHECK_FALSE(r.is_error);
  CHECK(r.text == "Read image file [image/png]");
  REQUIRE(r.images.size() == 1);
  CHECK(r.images[0].mime_type == "image/png");
  CHECK(r.images[0].data == kPixelPngBase64);
  CHECK(r.details["bytes"] == PixelPng().size());

  WriteFile(f.workspace / "photo.jpeg", "\xFF\xD8\xFF");
  r = f.Call("read", {{"path", "photo.jpeg"}});
  CHECK(r.text == "Read image file [image/jpeg]");
  REQUIRE(r.images.size() == 1);
  CHECK(r.images[0].mime_type == "image/jpeg");
  CHECK(r.images[0].data == "/9j/");

  WriteFile(f.workspace / "IMG_0001.JPG", "\xFF\xD8\xFF");  // as a phone names it
  r = f.Call("read", {{"path", "IMG_0001.JPG"}});
  REQUIRE(r.images.size() == 1);
  CHECK(r.images[0].mime_type == "image/jpeg");

  // A text file is never an image, whatever it contains.
  WriteFile(f.workspace / "png.txt", PixelPng());
  CHECK(f.Call("read", {{"path", "png.txt"}}).images.empty());
}

TEST_CASE("Tools: read does not send an image over the size limit", "[tools][read]") {
  ToolsFixture f;
  constexpr std::size_t kLimit = 5 * 1024 * 1024 / 4 * 3;  // base64 of it is 5 MiB
  WriteFile(f.workspace / "at_limit.gif", std::string(kLimit, 'g'));
  auto r = f.Call("read", {{"path", "at_limit.gif"}});
  REQUIRE(r.images.size() == 1);
  CHECK(r.images[0].data.size() == 5 * 1024 * 1024);

  WriteFile(f.workspace / "huge.webp", std::string(kLimit + 1, 'w'));
  r = f.Call("read", {{"path", "huge.webp"}});
  CHECK_FALSE(r.is_error);
  CHECK(r.images.empty());
  CHECK(r.text == "Read image file [image/webp]\n\n[Image not sent to the model: " +
                      std::to_string(kLimit + 1) + " bytes is over the " + std::to_string(kLimit) +
                      "-byte limit for images.]");
  CHECK(r.details["bytes"] == kLimit + 1);
}

TEST_CASE("Tools: write creates directories and reports unchanged content", "[tools][write]") {
  ToolsFixture f;
  auto r = f.Call("write", {{"path", "deep/dir/n.txt"}, {"content", "héllo"}});
  CHECK_FALSE(r.is_error);
  CHECK(r.text == "Successfully wrote 6 bytes to deep/dir/n.txt");
  CHECK(ReadFile(f.workspace / "deep/dir/n.txt") == "héllo");
  r = f.Call("write", {{"path", "deep/dir/n.txt"}, {"content", "héllo"}});
  CHECK(r.text == "No changes made to deep/dir/n.txt. The file already has identical content.");
}

TEST_CASE("Tools: edit replaces unique blocks and explains every refusal", "[tools][edit]") {
  ToolsFixture f;
  WriteFile(f.workspace / "e.txt", "alpha\r\nbeta\r\ngamma\r\nbeta2\r\n");
  auto r = f.Call("edit", {{"path", "e.txt"},
                           {"edits", json::array({{{"oldText", "alpha\n"}, {"newText", "ALPHA\n"}},
                                                  {{"oldText", "gamma"}, {"newText", "GAMMA"}}})}});
  CHECK_FALSE(r.is_error);
  CHECK(r.text == "Successfully replaced 2 block(s) in e.txt.");
  CHECK(ReadFile(f.workspace / "e.txt") == "ALPHA\r\nbeta\r\nGAMMA\r\nbeta2\r\n");  // CRLF kept

  r = f.Call("edit", {{"path", "e.txt"}, {"oldText", "beta"}, {"newText", "x"}});  // top-level form
  CHECK(r.text == ToolsFixture::Error("edit",
                                      "Found 2 occurrences of the text in e.txt. The text must be "
                                      "unique. Please provide more context to make it unique."));
  r = f.Call("edit", {{"path", "e.txt"},
                      {"edits", R"([{"oldText":"delta","newText":"x"}])"}});  // edits as a string
  CHECK(r.text.find("Could not find the exact text in e.txt. The old text must match exactly "
                    "including all whitespace and newlines.\\nCurrent file contents:\\nALPHA") !=
        std::string::npos);
  r = f.Call("edit", {{"path", "e.txt"},
                      {"edits", json::array({{{"oldText", "ALPHA\nbeta"}, {"newText", "x"}},
                                             {{"oldText", "beta\nGAMMA"}, {"newText", "y"}}})}});
  CHECK(r.text.find("edits[0] and edits[1] overlap in e.txt.") != std::string::npos);
  r = f.Call("edit", {{"path", "e.txt"}, {"edits", json::array()}});
  CHECK(r.text == ToolsFixture::Error("edit",
                                      "Edit tool input is invalid. edits must contain at least one "
                                      "replacement."));
  r = f.Call("edit", {{"path", "gone.txt"},
                      {"edits", json::array({{{"oldText", "a"}, {"newText", "b"}}})}});
  CHECK(r.text ==
        ToolsFixture::Error("edit", "Could not edit file: gone.txt. Error code: ENOENT."));
  r = f.Call("edit", {{"path", "e.txt"},
                      {"edits", json::array({{{"oldText", "GAMMA"}, {"newText", "GAMMA"}}})}});
  CHECK(r.text == "No changes made to e.txt. The replacement text is identical to the original.");
}

TEST_CASE("Tools: ls lists sorted entries in pages", "[tools][ls]") {
  ToolsFixture f;
  WriteFile(f.workspace / "b.txt", "");
  WriteFile(f.workspace / "a.txt", "");
  fs::create_directories(f.workspace / "c");
  CHECK(f.Call("ls", json::object()).text == "a.txt\nb.txt\nc/");
  auto r = f.Call("ls", {{"limit", 2}});
  CHECK(r.text == "a.txt\nb.txt\n\n[1 more entries. Use after=\"b.txt\" to continue.]");
  CHECK(f.Call("ls", {{"after", "b.txt"}}).text == "c/");
  CHECK(f.Call("ls", {{"path", "c"}}).text == "(empty directory)");
  CHECK(f.Call("ls", {{"path", "zzz"}}).text == ToolsFixture::Error("ls", "Path not found: zzz"));
}

TEST_CASE("Tools: arguments are validated before a tool runs", "[tools][validation]") {
  ToolsFixture f;
  auto r = f.Call("write", {{"path", "x.txt"}, {"content", 5}});
  CHECK(r.is_error);
  CHECK(r.text.rfind("Validation failed for tool \"write\":\n  - content: ", 0) == 0);
  CHECK(r.text.find("\n\nReceived arguments:\n{\n  \"content\": 5,\n  \"path\": \"x.txt\"\n}") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(f.workspace / "x.txt"));

  r = f.registry->Call("read", "{not json", f.context);
  CHECK(r.is_error);
  CHECK(r.text.rfind("Validation failed for tool \"read\":", 0) == 0);
  r = f.registry->Call("read", std::string(200, '[') + std::string(200, ']'), f.context);
  CHECK(r.is_error);  // too deep: refused, never parsed recursively
  CHECK(f.registry->Call("frobnicate", "{}", f.context).text == "Tool frobnicate not found");
}

TEST_CASE("Tools: confined paths cannot escape the workspace", "[tools][confinement]") {
  ToolsFixture f;
  f.context.fs_workspace_only = true;
  WriteFile(f.outside / "secret.txt", "top secret");
  fs::create_symlink(f.outside, f.workspace / "link-dir");
  fs::create_symlink(f.outside / "secret.txt", f.workspace / "link-file");
  fs::create_symlink(f.outside / "new.txt", f.workspace / "dangling");
  const std::string root = f.workspace.string();
  auto escapes = [&](const std::string& tool, const std::string& path) {
    return ToolsFixture::Error(tool, "Path escapes sandbox root (" + root + "): " + path);
  };

  SECTION("..") {
    CHECK(f.Call("read", {{"path", "../outside/secret.txt"}}).text ==
          escapes("read", "../outside/secret.txt"));
    CHECK(f.Call("write", {{"path", "sub/../../outside/x.txt"}, {"content", "x"}}).text ==
          escapes("write", "sub/../../outside/x.txt"));
    CHECK_FALSE(fs::exists(f.outside / "x.txt"));
  }
  SECTION("absolute paths and ~") {
    const std::string target = (f.outside / "secret.txt").string();
    CHECK(f.Call("read", {{"path", target}}).text == escapes("read", target));
    CHECK(f.Call("read", {{"path", "file://" + target}}).text ==
          escapes("read", "file://" + target));
    CHECK(f.Call("ls", {{"path", "~"}}).text == escapes("ls", "~"));
    // An absolute path inside the workspace is fine.
    WriteFile(f.workspace / "in.txt", "inside");
    CHECK(f.Call("read", {{"path", (f.workspace / "in.txt").string()}}).text == "inside");
  }
  SECTION("symlinks") {
    CHECK(f.Call("read", {{"path", "link-file"}}).text == escapes("read", "link-file"));
    CHECK(f.Call("read", {{"path", "link-dir/secret.txt"}}).text ==
          escapes("read", "link-dir/secret.txt"));
    CHECK(f.Call("ls", {{"path", "link-dir"}}).text == escapes("ls", "link-dir"));
    CHECK(f.Call("edit", {{"path", "link-file"},
                          {"edits", json::array({{{"oldText", "top"}, {"newText", "x"}}})}})
              .text == escapes("edit", "link-file"));
    CHECK(f.Call("write", {{"path", "dangling"}, {"content", "x"}}).text ==
          escapes("write", "dangling"));
    CHECK_FALSE(fs::exists(f.outside / "new.txt"));
    CHECK(ReadFile(f.outside / "secret.txt") == "top secret");
  }
  SECTION("a symlink that stays inside is followed") {
    WriteFile(f.workspace / "real.txt", "real");
    fs::create_symlink(f.workspace / "real.txt", f.workspace / "alias.txt");
    CHECK(f.Call("read", {{"path", "alias.txt"}}).text == "real");
  }
  SECTION("unconfined (the default), the same paths work") {
    f.context.fs_workspace_only = false;
    CHECK(f.Call("read", {{"path", "../outside/secret.txt"}}).text == "top secret");
    CHECK(f.Call("read", {{"path", "link-file"}}).text == "top secret");
  }
}

TEST_CASE("Tools: apply_patch adds, updates, moves and deletes files", "[tools][apply_patch]") {
  ToolsFixture f;
  WriteFile(f.workspace / "m.txt", "one\ntwo\nthree\n");
  WriteFile(f.workspace / "d.txt", "bye\n");
  WriteFile(f.workspace / "mv.txt", "keep\nold\n");
  const std::string patch =
      "*** Begin Patch\n"
      "*** Add File: new/a.txt\n"
      "+hello\n"
      "+world\n"
      "*** Update File: m.txt\n"
      "@@ one\n"
      "-two\n"
      "+TWO\n"
      " three\n"
      "*** Update File: mv.txt\n"
      "*** Move to: moved.txt\n"
      "@@\n"
      " keep\n"
      "-old\n"
      "+new\n"
      "*** Delete File: d.txt\n"
      "*** End Patch";
  auto r = f.Call("apply_patch", {{"input", patch}});
  INFO(r.text);
  CHECK_FALSE(r.is_error);
  CHECK(r.text ==
        "Success. Updated the following files:\nA new/a.txt\nM m.txt\nM moved.txt\nD d.txt");
  CHECK(ReadFile(f.workspace / "new/a.txt") == "hello\nworld\n");
  CHECK(ReadFile(f.workspace / "m.txt") == "one\nTWO\nthree\n");
  CHECK(ReadFile(f.workspace / "moved.txt") == "keep\nnew\n");
  CHECK_FALSE(fs::exists(f.workspace / "mv.txt"));
  CHECK_FALSE(fs::exists(f.workspace / "d.txt"));

  // A heredoc wrapper is tolerated; an update that changes nothing says so.
  r = f.Call("apply_patch", {{"input",
                              "<<'EOF'\n*** Begin Patch\n*** Update File: m.txt\n@@\n "
                              "one\n*** End Patch\nEOF"}});
  CHECK(r.text == "No changes made to m.txt.");
}

TEST_CASE("Tools: apply_patch refuses malformed patches with the spec's texts",
          "[tools][apply_patch]") {
  ToolsFixture f;
  auto error = [&](const std::string& input) {
    return f.Call("apply_patch", {{"input", input}}).text;
  };
  CHECK(error("  ") == ToolsFixture::Error("apply_patch", "Provide a patch input."));
  CHECK(
      error("hello\n*** End Patch") ==
      ToolsFixture::Error("apply_patch", "The first line of the patch must be '*** Begin Patch'"));
  CHECK(error("*** Begin Patch\n*** Add File: a\n+x") ==
        ToolsFixture::Error("apply_patch", "The last line of the patch must be '*** End Patch'"));
  CHECK(error("*** Begin Patch\n*** End Patch") ==
        ToolsFixture::Error("apply_patch", "No files were modified."));
  CHECK(error("*** Begin Patch\n*** Frob File: a\n*** End Patch") ==
        ToolsFixture::Error("apply_patch",
                            "Invalid patch hunk at line 2: '*** Frob File: a' is not a valid hunk "
                            "header. Valid hunk headers: '*** Add File: {path}', '*** Delete File: "
                            "{path}', '*** Update File: {path}'"));
  WriteFile(f.workspace / "u.txt", "x\n");
  CHECK(error("*** Begin Patch\n*** Update File: u.txt\n*** End Patch") ==
        ToolsFixture::Error("apply_patch",
                            "Invalid patch hunk at line 2: Update file hunk for path 'u.txt' is "
                            "empty"));
  CHECK(error("*** Begin Patch\n*** Update File: u.txt\nzz\n*** End Patch") ==
        ToolsFixture::Error("apply_patch",
                            "Invalid patch hunk at line 3: Expected update hunk to start with a @@ "
                            "context marker, got: 'zz'"));
  // A chunk whose lines are not in the file changes nothing (the whole patch is refused).
  auto r = f.Call("apply_patch", {{"input",
                                   "*** Begin Patch\n*** Add File: b.txt\n+b\n*** Update File: "
                                   "u.txt\n@@\n-nothere\n+y\n*** End Patch"}});
  CHECK(r.is_error);
  CHECK_FALSE(fs::exists(f.workspace / "b.txt"));
}

TEST_CASE("Tools: apply_patch is confined by default", "[tools][apply_patch][confinement]") {
  ToolsFixture f;  // patch_workspace_only defaults to true
  const std::string root = f.workspace.string();
  auto r =
      f.Call("apply_patch",
             {{"input", "*** Begin Patch\n*** Add File: ../outside/p.txt\n+x\n*** End Patch"}});
  CHECK(r.text == ToolsFixture::Error(
                      "apply_patch", "Path escapes sandbox root (" + root + "): ../outside/p.txt"));
  CHECK_FALSE(fs::exists(f.outside / "p.txt"));
  f.context.patch_workspace_only = false;
  r = f.Call("apply_patch",
             {{"input", "*** Begin Patch\n*** Add File: ../outside/p.txt\n+x\n*** End Patch"}});
  CHECK_FALSE(r.is_error);
  CHECK(ReadFile(f.outside / "p.txt") == "x\n");
}
