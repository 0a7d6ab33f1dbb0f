// Merging and replacing an exec approvals document with the reference's (approvals import).
#include "server/domain/tools/exec/approvals_merge.hpp"

#include <catch2/catch.hpp>

using namespace gateway::domain::tools;
using nlohmann::json;

namespace {

json Entry(const std::string& id, const std::string& pattern, const std::string& arg = "") {
  json entry = {{"id", id}, {"pattern", pattern}};
  if (!arg.empty()) entry["argPattern"] = arg;
  return entry;
}

}  // namespace

TEST_CASE("approvals merge: entries unioned by pattern and argPattern, settings only filled",
          "[tools][approvals]") {
  const json ours = {
      {"version", 1},
      {"socket", {{"path", "/ours.sock"}}},
      {"defaults", {{"ask", "always"}}},
      {"agents",
       {{"main",
         {{"security", "deny"}, {"allowlist", json::array({Entry("a", "git", "status")})}}}}}};
  const json theirs = {
      {"version", 1},
      {"socket", {{"path", "/theirs.sock"}, {"token", "secret"}}},
      {"defaults", {{"ask", "off"}, {"security", "allowlist"}, {"autoAllowSkills", "yes"}}},
      {"extra", true},
      {"agents",
       {{"main",
         {{"security", "full"},
          {"askFallback", "allowlist"},
          {"allowlist", json::array({Entry("x", "git", "status"),
                                     Entry("a", "git", "log"),
                                     {{"pattern", "rm"}, {"commandText", "rm -rf"}, {"n", 1}}})}}},
        {"ops", {{"ask", "bogus"}}}}}};

  const auto merge = MergeReferenceApprovals(ours, theirs);
  CHECK(merge.changed);
  CHECK(merge.entries_added == 2);
  CHECK(merge.agents_added_to == 1);
  CHECK(merge.fields_filled == 2);  // defaults.security, main.askFallback
  const json& doc = merge.document;
  CHECK(doc["socket"] == json({{"path", "/ours.sock"}}));
  CHECK(doc["defaults"] == json({{"ask", "always"}, {"security", "allowlist"}}));
  CHECK_FALSE(doc.contains("extra"));
  CHECK_FALSE(doc["agents"].contains("ops"));  // it held nothing valid
  const json& list = doc["agents"]["main"]["allowlist"];
  REQUIRE(list.size() == 3);
  CHECK(list[0] == Entry("a", "git", "status"));
  CHECK(list[1]["argPattern"] == "log");
  CHECK(list[1]["id"] != "a");  // the reference's id was taken here already
  CHECK(list[2].size() == 2);   // id and pattern: commandText and unknown keys dropped
  CHECK(doc["agents"]["main"]["security"] == "deny");

  const auto again = MergeReferenceApprovals(doc, theirs);
  CHECK_FALSE(again.changed);
  CHECK(again.entries_added == 0);
  CHECK(again.fields_filled == 0);
  CHECK(again.document == doc);
}

TEST_CASE("approvals replace: the reference's document with our socket and ids",
          "[tools][approvals]") {
  const json ours = {
      {"version", 1},
      {"socket", {{"path", "/ours.sock"}}},
      {"agents", {{"main", {{"allowlist", json::array({Entry("o1", "ls"), Entry("o2", "rm")})}}}}}};
  const json theirs = {{"version", 1},
                       {"socket", {{"token", "secret"}}},
                       {"agents", {{"main", {{"allowlist", json::array({"ls", "cat"})}}}}}};
  const auto replaced = ReplaceWithReferenceApprovals(ours, theirs);
  CHECK(replaced.changed);
  CHECK(replaced.entries_added == 1);
  CHECK(replaced.entries_removed == 1);
  const json& doc = replaced.document;
  CHECK(doc["socket"] == json({{"path", "/ours.sock"}}));
  const json& list = doc["agents"]["main"]["allowlist"];
  REQUIRE(list.size() == 2);
  CHECK(list[0] == Entry("o1", "ls"));
  CHECK(ReplaceWithReferenceApprovals(doc, theirs).changed == false);
}
