// Runtime support for the generated validators: an error collector that tracks the JSON pointer
// of the value being checked and formats errors the way the reference gateway reports them
// ("at /limit: must be <= 5000; at root: unexpected property 'x'").
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace gateway::wire {

struct ValidationError {
  enum class Kind { kValue, kUnexpectedProperty };
  std::string pointer;  // JSON pointer of the offending value, "" for the root
  std::string message;  // e.g. "must be integer"
  Kind kind = Kind::kValue;
};

// Joins errors as "at <pointer>: <message>" with "; ". Root errors are bare, except unknown keys,
// which read "at root: unexpected property 'k'".
std::string FormatErrors(const std::vector<ValidationError>& errors);

// Collects every error of one validation pass (all errors, not just the first).
class Checker {
 public:
  // Records an error at the current location.
  void Fail(std::string message, ValidationError::Kind kind = ValidationError::Kind::kValue);
  const std::string& pointer() const { return pointer_; }
  const std::vector<ValidationError>& errors() const { return errors_; }
  std::vector<ValidationError> TakeErrors() { return std::move(errors_); }
  bool ok() const { return errors_.empty(); }
  std::size_t error_count() const { return errors_.size(); }
  void TruncateErrors(std::size_t count) { errors_.resize(count); }

  // Descends into a member or array element for the lifetime of the guard.
  class Step {
   public:
    Step(Checker& checker, std::string_view key);
    Step(Checker& checker, std::size_t index);
    ~Step();
    Step(const Step&) = delete;
    Step& operator=(const Step&) = delete;

   private:
    Checker& checker_;
    std::size_t saved_size_;
  };

 private:
  std::string pointer_;
  std::vector<ValidationError> errors_;
};

// Length of a string in Unicode code points (what JSON Schema's minLength/maxLength count).
std::size_t CodePointLength(std::string_view utf8);

// A compiled, linear-time (RE2) pattern. Unanchored, like JSON Schema's `pattern`.
class Pattern {
 public:
  explicit Pattern(std::string_view source);
  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;
  bool Matches(std::string_view text) const;
  const std::string& source() const { return source_; }

 private:
  std::string source_;
  std::unique_ptr<re2::RE2> re_;
};

// Shared checks used by generated validators. Each records its own error and returns false.
bool CheckUniqueItems(const nlohmann::json& array, Checker& c);
std::string JsonTypeName(const nlohmann::json& j);
// Formats a schema bound the way the error messages show it ("5000", "0.5").
std::string FormatBound(double bound);

}  // namespace gateway::wire
