// Reads a protocol/ directory (YAML) into the typed model. Errors name the file and the JSON
// pointer of the offending schema node.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "model.hpp"

namespace gateway::codegen {

class SchemaError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Loads every file under `root` (version.yaml, scopes.yaml, errors.yaml, frames.yaml,
// methods/*.yaml, events/*.yaml, config/*.yaml) and checks cross-references.
Protocol LoadProtocol(const std::filesystem::path& root);

// Converts YAML text to JSON (plain scalars typed as YAML 1.2 core schema; quoted ones stay
// strings). Exposed for tests.
Json YamlToJson(const std::string& yaml_text, const std::string& file_label);

}  // namespace gateway::codegen
