#include "server/runtime/sse_parser.hpp"

#include <catch2/catch.hpp>

using gateway::runtime::SseEvent;
using gateway::runtime::SseParser;

namespace {

std::vector<SseEvent> ParseAll(const std::vector<std::string>& chunks) {
  SseParser parser;
  std::vector<SseEvent> events;
  for (const auto& chunk : chunks) {
    for (auto& event : parser.Feed(chunk)) events.push_back(std::move(event));
  }
  return events;
}

std::string Describe(const std::vector<SseEvent>& events) {
  std::string out;
  for (const auto& e : events) out += "[" + e.event + "|" + e.data + "|" + e.id + "]";
  return out;
}

}  // namespace

TEST_CASE("Sse: fields, comments, continuation lines and defaults", "[sse]") {
  const auto events =
      ParseAll({": a comment\n"
                "data: first\n"
                "\n"
                "event: delta\n"
                "data: line one\n"
                "data:line two\n"
                "id: 7\n"
                "\n"
                "data\n"  // a field without a colon: empty value
                "\n"
                "event: ignored\n"
                "\n"  // no data: not dispatched, the type is reset
                "retry: 1500\n"
                "unknown: field\n"
                "data:  two spaces\n"
                "\n"});
  CHECK(Describe(events) == "[|first|][delta|line one\nline two|7][||7][| two spaces|7]");
}

TEST_CASE("Sse: id and retry rules", "[sse]") {
  SseParser parser;
  auto events = parser.Feed(std::string("id: a\0b\ndata: x\n\nretry: 12x\nretry: 250\n\n", 40));
  REQUIRE(events.size() == 1);
  CHECK(events[0].id.empty());  // an id containing NUL is ignored
  REQUIRE(parser.retry());
  CHECK(parser.retry()->count() == 250);
  events = parser.Feed("id: 9\ndata: y\n\nid\ndata: z\n\n");
  REQUIRE(events.size() == 2);
  CHECK(events[0].id == "9");
  CHECK(events[1].id.empty());  // "id" with no value resets the last event id
}

TEST_CASE("Sse: every line ending, and a CRLF split between chunks", "[sse]") {
  const std::string stream =
      "event: a\r\ndata: 1\r\n\r\n"
      "data: 2\r\rdata: 3\n\n"
      "data: 4\r\n\r\n";
  const std::string expected = "[a|1|][|2|][|3|][|4|]";
  CHECK(Describe(ParseAll({stream})) == expected);
  // Every split position, and every pair of split positions.
  for (std::size_t a = 0; a <= stream.size(); ++a) {
    CAPTURE(a);
    CHECK(Describe(ParseAll({stream.substr(0, a), stream.substr(a)})) == expected);
    for (std::size_t b = a; b <= stream.size(); b += 3) {
      CHECK(Describe(ParseAll({stream.substr(0, a), stream.substr(a, b - a), stream.substr(b)})) ==
            expected);
    }
  }
  // CR at the end of one chunk, LF at the start of the next: one line end, not two.
  CHECK(Describe(ParseAll({"data: x\r", "\ndata: y\r", "\n\r", "\n"})) == "[|x\ny|]");
}

TEST_CASE("Sse: byte-by-byte delivery with a BOM and split UTF-8", "[sse]") {
  const std::string stream =
      "\xEF\xBB\xBF"
      "data: caf\xC3\xA9 \xF0\x9F\x98\x80\n\n"
      "data: \xE2\x82\xAC\n\n";
  std::vector<std::string> bytes;
  for (char c : stream) bytes.emplace_back(1, c);
  CHECK(Describe(ParseAll(bytes)) == "[|caf\xC3\xA9 \xF0\x9F\x98\x80|][|\xE2\x82\xAC|]");
  // Only one BOM at the very start is dropped; a partial BOM is data.
  CHECK(Describe(ParseAll({"\xEF\xBB",
                           "\xBF"
                           "data: a\n\n"})) == "[|a|]");
  CHECK(Describe(ParseAll({"\xEF", "data: a\n\n"})).size() == 0);  // "\xEF" starts the field name
}

TEST_CASE("Sse: ill-formed UTF-8 becomes U+FFFD, an unterminated event is dropped", "[sse]") {
  SseParser parser;
  auto events = parser.Feed("data: bad \xFF byte\n\ndata: pending");
  REQUIRE(events.size() == 1);
  CHECK(events[0].data == "bad \xEF\xBF\xBD byte");
  parser.Finish();
  CHECK(parser.Feed("\n\n").empty());  // the pending "data: pending" was discarded at Finish
}

TEST_CASE("Sse: a line over the size limit fails the stream", "[sse]") {
  SseParser parser(64);
  CHECK(parser.Feed("data: short\n\n").size() == 1);
  bool ok = parser.Feed(std::string(100, 'x'), [](SseEvent&&) {});
  CHECK_FALSE(ok);
  CHECK(parser.failed());
  SseParser many(64);
  std::string lines;
  for (int i = 0; i < 20; ++i) lines += "data: 0123456789\n";
  CHECK_FALSE(many.Feed(lines, [](SseEvent&&) {}));
}
