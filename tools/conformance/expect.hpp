// Assertions for conformance cases: each failure throws CaseFailure with one line saying what was
// expected and what the gateway sent.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace gateway::conformance {

[[noreturn]] void Fail(const std::string& what);
void Expect(bool condition, const std::string& what);

// Compact JSON, cut to a readable length.
std::string Brief(const nlohmann::json& value);

// "<what>: got <actual>, expected <expected>" unless equal.
void ExpectEqual(const nlohmann::json& actual, const nlohmann::json& expected,
                 const std::string& what);

// The value at a JSON pointer (e.g. "/policy/maxPayload"), failing with the pointer's name when
// it is missing or of the wrong kind.
const nlohmann::json& Member(const nlohmann::json& root, const std::string& pointer);
std::int64_t IntegerAt(const nlohmann::json& root, const std::string& pointer);
const std::string& StringAt(const nlohmann::json& root, const std::string& pointer);
const nlohmann::json& ArrayAt(const nlohmann::json& root, const std::string& pointer);
const nlohmann::json& ObjectAt(const nlohmann::json& root, const std::string& pointer);
// An array whose every element is a string.
const nlohmann::json& StringArrayAt(const nlohmann::json& root, const std::string& pointer);

// A response frame answering `id` with ok:true; returns its payload (null when absent).
const nlohmann::json& ExpectOkResponse(const nlohmann::json& response, std::string_view id);
// A response frame answering `id` with ok:false and exactly `expected_error` as its error object
// (so a details object is required when given, and forbidden when not).
void ExpectErrorResponse(const nlohmann::json& response, std::string_view id,
                         const nlohmann::json& expected_error);
// The error object {code: INVALID_REQUEST, message} (no details).
nlohmann::json InvalidRequest(const std::string& message);

}  // namespace gateway::conformance
