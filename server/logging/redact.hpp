// Masks secrets in log text: exact registered secrets plus regex patterns (config.md §10).
#pragma once

#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::logging {

inline constexpr std::string_view kMask = "***";

// A `logging.redactPatterns` entry RE2 could not compile.
struct InvalidPattern {
  std::string pattern;
  std::string error;
};

// Patterns are compiled once in the constructor. Redact and AddSecret are safe to call from
// several threads at once.
class Redactor {
 public:
  // `user_patterns` (logging.redactPatterns) replace the built-in patterns when at least one of
  // them compiles. An entry is either a plain regex (matched case-insensitively) or `/regex/flags`
  // where only the `i` flag has an effect. Every match of a user pattern becomes "***".
  explicit Redactor(const std::vector<std::string>& user_patterns = {});
  ~Redactor();
  Redactor(const Redactor&) = delete;
  Redactor& operator=(const Redactor&) = delete;

  std::string Redact(std::string_view text) const;

  // Every later occurrence of `secret` becomes "***". Strings shorter than 4 characters are
  // ignored: masking them would mangle ordinary words.
  void AddSecret(std::string secret);
  std::vector<std::string> Secrets() const;

  const std::vector<InvalidPattern>& invalid_patterns() const { return invalid_patterns_; }
  bool using_builtin_patterns() const { return using_builtin_; }

 private:
  struct Rules;  // the compiled RE2 objects

  std::unique_ptr<Rules> rules_;
  std::vector<InvalidPattern> invalid_patterns_;
  bool using_builtin_ = true;

  mutable std::shared_mutex secrets_mutex_;
  std::vector<std::string> secrets_;
};

}  // namespace gateway::logging
