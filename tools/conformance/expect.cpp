#include "tools/conformance/expect.hpp"

#include "tools/conformance/conformance_case.hpp"

namespace gateway::conformance {
namespace {

using nlohmann::json;

constexpr std::size_t kBriefChars = 300;

const char* KindOf(const json& value) {
  if (value.is_number_integer()) return "integer";
  return value.type_name();
}

}  // namespace

void Fail(const std::string& what) { throw CaseFailure(what); }

void Expect(bool condition, const std::string& what) {
  if (!condition) Fail(what);
}

std::string Brief(const json& value) {
  std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (text.size() > kBriefChars) text = text.substr(0, kBriefChars) + "...";
  return text;
}

void ExpectEqual(const json& actual, const json& expected, const std::string& what) {
  if (actual != expected) Fail(what + ": got " + Brief(actual) + ", expected " + Brief(expected));
}

const json& Member(const json& root, const std::string& pointer) {
  const json::json_pointer path(pointer);
  if (!root.contains(path)) Fail(pointer + " is missing in " + Brief(root));
  return root.at(path);
}

std::int64_t IntegerAt(const json& root, const std::string& pointer) {
  const json& value = Member(root, pointer);
  if (!value.is_number_integer()) {
    Fail(pointer + " is " + KindOf(value) + " " + Brief(value) + ", expected an integer");
  }
  return value.get<std::int64_t>();
}

const std::string& StringAt(const json& root, const std::string& pointer) {
  const json& value = Member(root, pointer);
  if (!value.is_string()) {
    Fail(pointer + " is " + KindOf(value) + " " + Brief(value) + ", expected a string");
  }
  return value.get_ref<const std::string&>();
}

const json& ArrayAt(const json& root, const std::string& pointer) {
  const json& value = Member(root, pointer);
  if (!value.is_array()) Fail(pointer + " is " + KindOf(value) + ", expected an array");
  return value;
}

const json& ObjectAt(const json& root, const std::string& pointer) {
  const json& value = Member(root, pointer);
  if (!value.is_object()) Fail(pointer + " is " + KindOf(value) + ", expected an object");
  return value;
}

const json& StringArrayAt(const json& root, const std::string& pointer) {
  const json& value = ArrayAt(root, pointer);
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!value[i].is_string()) {
      Fail(pointer + "/" + std::to_string(i) + " is " + KindOf(value[i]) + ", expected a string");
    }
  }
  return value;
}

const json& ExpectOkResponse(const json& response, std::string_view id) {
  ExpectEqual(Member(response, "/type"), "res", "response type");
  ExpectEqual(Member(response, "/id"), std::string(id), "response id");
  if (Member(response, "/ok") != true) Fail("expected ok:true, got " + Brief(response));
  static const json kNull;
  auto payload = response.find("payload");
  return payload == response.end() ? kNull : *payload;
}

void ExpectErrorResponse(const json& response, std::string_view id, const json& expected_error) {
  ExpectEqual(Member(response, "/type"), "res", "response type");
  ExpectEqual(Member(response, "/id"), std::string(id), "response id");
  if (Member(response, "/ok") != false) Fail("expected ok:false, got " + Brief(response));
  ExpectEqual(Member(response, "/error"), expected_error, "error");
}

nlohmann::json InvalidRequest(const std::string& message) {
  return {{"code", "INVALID_REQUEST"}, {"message", message}};
}

}  // namespace gateway::conformance
