// The config RPC's document edits (spec/config.md §8): merge patches with their array rules, the
// redaction sentinel written back, the paths an edit changed, and what a client may be shown.
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace gateway::config {

// A patch or a document that cannot be applied; what() names the key path.
class PatchError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Merges `patch` (an object) into `doc`: objects merge, null deletes a key, scalars replace.
// An array is replaced wholesale when its path is in `replace_paths` ("bindings",
// "models.providers.custom.models[].input": "[]" stands for the entries of an id-merged array);
// otherwise arrays whose entries are all objects with a string "id" merge by id (entries of the
// patch update the entry with the same id or are appended), and any other array may only grow:
// a patch that would drop an entry throws PatchError.
void MergePatch(nlohmann::ordered_json& doc, const nlohmann::ordered_json& patch,
                const std::vector<std::string>& replace_paths);

// Puts back the stored value wherever `edited` holds the redaction sentinel (kRedacted) and
// `stored` has a value at the same place (array entries found by id, else by index). Throws
// PatchError for a sentinel with nothing stored behind it.
void RestoreRedacted(nlohmann::ordered_json& edited, const nlohmann::ordered_json& stored);

// The merge patch that turns `before` into `after` (for MergePatch): removed keys become null,
// changed arrays are sent whole and their paths appended to `replace_paths`. A value set to
// null cannot be expressed (it reads as a deletion).
nlohmann::ordered_json CreateMergePatch(const nlohmann::ordered_json& before,
                                        const nlohmann::ordered_json& after,
                                        std::vector<std::string>& replace_paths);

// Dotted paths whose value differs between the two documents (arrays count as one value).
std::vector<std::string> ChangedPaths(const nlohmann::ordered_json& before,
                                      const nlohmann::ordered_json& after);

// The document as a client may see it: secret-looking keys (RedactSecrets) and every string under
// the top-level `env` block become the sentinel.
nlohmann::ordered_json RedactDocument(const nlohmann::ordered_json& doc);

}  // namespace gateway::config
