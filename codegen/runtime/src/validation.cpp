#include "gateway/wire/validation.hpp"

#include <re2/re2.h>

#include <cmath>
#include <sstream>
#include <stdexcept>

#include "gateway/wire/json_io.hpp"

namespace gateway::wire {

std::string FormatErrors(const std::vector<ValidationError>& errors) {
  std::string out;
  for (const auto& e : errors) {
    if (!out.empty()) out += "; ";
    if (!e.pointer.empty()) {
      out += "at " + e.pointer + ": ";
    } else if (e.kind == ValidationError::Kind::kUnexpectedProperty) {
      out += "at root: ";
    }
    out += e.message;
  }
  return out;
}

void Checker::Fail(std::string message, ValidationError::Kind kind) {
  errors_.push_back({pointer_, std::move(message), kind});
}

Checker::Step::Step(Checker& checker, std::string_view key)
    : checker_(checker), saved_size_(checker.pointer_.size()) {
  checker_.pointer_ = ChildPointer(checker_.pointer_, key);
}

Checker::Step::Step(Checker& checker, std::size_t index)
    : checker_(checker), saved_size_(checker.pointer_.size()) {
  checker_.pointer_ = ChildPointer(checker_.pointer_, index);
}

Checker::Step::~Step() { checker_.pointer_.resize(saved_size_); }

std::size_t CodePointLength(std::string_view utf8) {
  std::size_t count = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++count;  // count every byte that starts a code point
  }
  return count;
}

Pattern::Pattern(std::string_view source) : source_(source) {
  RE2::Options options;
  options.set_log_errors(false);
  re_ = std::make_unique<RE2>(source_, options);
  if (!re_->ok()) {
    throw std::invalid_argument("invalid pattern '" + source_ + "': " + re_->error());
  }
}

Pattern::~Pattern() = default;

bool Pattern::Matches(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

bool CheckUniqueItems(const nlohmann::json& array, Checker& c) {
  for (std::size_t i = 1; i < array.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (array[i] == array[j]) {
        c.Fail("must not have duplicate items (items ## " + std::to_string(j) + " and " +
               std::to_string(i) + " are identical)");
        return false;
      }
    }
  }
  return true;
}

std::string JsonTypeName(const nlohmann::json& j) {
  if (j.is_null()) return "null";
  if (j.is_boolean()) return "boolean";
  if (j.is_number_integer()) return "integer";
  if (j.is_number()) return "number";
  if (j.is_string()) return "string";
  if (j.is_array()) return "array";
  return "object";
}

std::string FormatBound(double bound) {
  if (std::floor(bound) == bound && std::fabs(bound) < 9e15) {
    return std::to_string(static_cast<long long>(bound));
  }
  std::ostringstream out;
  out.precision(17);
  out << bound;
  return out.str();
}

}  // namespace gateway::wire
