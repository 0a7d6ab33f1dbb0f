#include "server/config/config_patch.hpp"

#include <algorithm>

#include "server/config/config_path.hpp"

namespace gateway::config {
using nlohmann::ordered_json;
namespace {

std::string Join(const std::string& parent, const std::string& key) {
  return parent.empty() ? key : parent + "." + key;
}

bool Listed(const std::vector<std::string>& paths, const std::string& path) {
  return std::find(paths.begin(), paths.end(), path) != paths.end();
}

bool AllHaveIds(const ordered_json& array) {
  return std::all_of(array.begin(), array.end(), [](const ordered_json& item) {
    return item.is_object() && item.contains("id") && item["id"].is_string();
  });
}

void Merge(ordered_json& doc, const ordered_json& patch, const std::string& path,
           const std::vector<std::string>& replace_paths);

void MergeArray(ordered_json& target, const ordered_json& patch, const std::string& path,
                const std::vector<std::string>& replace_paths) {
  if (Listed(replace_paths, path) || !target.is_array()) {
    target = patch;
    return;
  }
  if (!target.empty() && AllHaveIds(target) && AllHaveIds(patch)) {
    for (const auto& entry : patch) {
      auto same = std::find_if(target.begin(), target.end(),
                               [&](const ordered_json& item) { return item["id"] == entry["id"]; });
      if (same == target.end()) {
        target.push_back(entry);
      } else {
        Merge(*same, entry, path + "[]", replace_paths);
      }
    }
    return;
  }
  // Any other array may only grow (or be reordered): every entry it has must still be there.
  std::vector<bool> used(patch.size(), false);
  for (const auto& item : target) {
    bool found = false;
    for (std::size_t i = 0; i < patch.size() && !found; ++i) {
      if (!used[i] && patch[i] == item) used[i] = found = true;
    }
    if (!found) {
      throw PatchError(path + ": the patch removes array entries; list \"" + path +
                       "\" in replacePaths to replace the array");
    }
  }
  target = patch;
}

void Merge(ordered_json& doc, const ordered_json& patch, const std::string& path,
           const std::vector<std::string>& replace_paths) {
  if (!patch.is_object()) {
    doc = patch;
    return;
  }
  if (!doc.is_object()) doc = ordered_json::object();
  for (const auto& [key, value] : patch.items()) {
    const std::string child = Join(path, key);
    if (value.is_null()) {
      doc.erase(key);
    } else if (value.is_object()) {
      Merge(doc[key], value, child, replace_paths);
    } else if (value.is_array()) {
      MergeArray(doc[key], value, child, replace_paths);
    } else {
      doc[key] = value;
    }
  }
}

bool IsSentinel(const ordered_json& value) { return value.is_string() && value == kRedacted; }

void Restore(ordered_json& edited, const ordered_json* stored, const std::string& path) {
  if (IsSentinel(edited)) {
    if (!stored || IsSentinel(*stored)) {
      throw PatchError((path.empty() ? std::string("the config") : path) +
                       ": holds the redaction sentinel but no secret is stored there");
    }
    edited = *stored;
    return;
  }
  if (edited.is_object()) {
    for (auto& [key, value] : edited.items()) {
      const ordered_json* inner =
          stored && stored->is_object() && stored->contains(key) ? &(*stored)[key] : nullptr;
      Restore(value, inner, Join(path, key));
    }
  } else if (edited.is_array()) {
    const bool by_id = stored && stored->is_array() && AllHaveIds(*stored);
    for (std::size_t i = 0; i < edited.size(); ++i) {
      const ordered_json* inner = nullptr;
      if (by_id && edited[i].is_object() && edited[i].contains("id")) {
        for (const auto& item : *stored) {
          if (item["id"] == edited[i]["id"]) inner = &item;
        }
      } else if (stored && stored->is_array() && i < stored->size()) {
        inner = &(*stored)[i];
      }
      Restore(edited[i], inner, path + "[" + std::to_string(i) + "]");
    }
  }
}

void Diff(const ordered_json* before, const ordered_json* after, const std::string& path,
          std::vector<std::string>& out) {
  if (before && after && *before == *after) return;
  if (before && after && before->is_object() && after->is_object()) {
    for (const auto& [key, value] : before->items()) {
      Diff(&value, after->contains(key) ? &(*after)[key] : nullptr, Join(path, key), out);
    }
    for (const auto& [key, value] : after->items()) {
      if (!before->contains(key)) Diff(nullptr, &value, Join(path, key), out);
    }
    return;
  }
  out.push_back(path);
}

}  // namespace

void MergePatch(ordered_json& doc, const ordered_json& patch,
                const std::vector<std::string>& replace_paths) {
  if (!patch.is_object()) throw PatchError("the patch must be an object");
  Merge(doc, patch, "", replace_paths);
}

void RestoreRedacted(ordered_json& edited, const ordered_json& stored) {
  Restore(edited, &stored, "");
}

namespace {

void CreatePatch(const ordered_json& before, const ordered_json& after, const std::string& path,
                 ordered_json& out, std::vector<std::string>& replace_paths) {
  for (const auto& [key, value] : before.items()) {
    if (!after.contains(key)) out[key] = nullptr;
  }
  for (const auto& [key, value] : after.items()) {
    const std::string child = Join(path, key);
    if (!before.contains(key)) {
      out[key] = value;
      if (value.is_array()) replace_paths.push_back(child);
      continue;
    }
    const ordered_json& old = before[key];
    if (old == value) continue;
    if (old.is_object() && value.is_object()) {
      ordered_json nested = ordered_json::object();
      CreatePatch(old, value, child, nested, replace_paths);
      out[key] = std::move(nested);
    } else {
      // A non-object replaces whatever was there; an object merges into a scalar as into {}.
      out[key] = value;
      if (value.is_array()) replace_paths.push_back(child);
    }
  }
}

}  // namespace

ordered_json CreateMergePatch(const ordered_json& before, const ordered_json& after,
                              std::vector<std::string>& replace_paths) {
  ordered_json out = ordered_json::object();
  const ordered_json empty = ordered_json::object();
  CreatePatch(before.is_object() ? before : empty, after.is_object() ? after : empty, "", out,
              replace_paths);
  return out;
}

std::vector<std::string> ChangedPaths(const ordered_json& before, const ordered_json& after) {
  std::vector<std::string> out;
  Diff(&before, &after, "", out);
  return out;
}

ordered_json RedactDocument(const ordered_json& doc) {
  ordered_json out = RedactSecrets(doc);
  if (out.is_object() && doc.contains("env")) {
    out["env"] = RedactForLog({PathSegment(std::string("env"))}, doc["env"]);
  }
  return out;
}

}  // namespace gateway::config
