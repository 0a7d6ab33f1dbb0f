// A snapshot of environment variables that the config code reads and extends (.env files,
// env.vars), injectable for tests. Never writes the process environment.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace gateway::config {

class Environment {
 public:
  Environment() = default;
  Environment(std::initializer_list<std::pair<const std::string, std::string>> vars)
      : vars_(vars) {}
  static Environment FromProcess();

  // nullopt when unset; an empty string counts as set.
  std::optional<std::string> Get(std::string_view name) const;
  // Like Get, but an empty value counts as unset.
  std::optional<std::string> GetNonEmpty(std::string_view name) const;
  // Adds `name` unless it is already set: .env files and env.vars never override.
  bool SetIfUnset(const std::string& name, std::string value);
  void Set(const std::string& name, std::string value) { vars_[name] = std::move(value); }
  const std::map<std::string, std::string, std::less<>>& vars() const { return vars_; }

 private:
  std::map<std::string, std::string, std::less<>> vars_;
};

}  // namespace gateway::config
