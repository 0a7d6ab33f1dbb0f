#include <sstream>

#include "emitters.hpp"
#include "verbatim.hpp"

namespace gateway::codegen {

Code& Code::operator()(const std::string& line) {
  if (!line.empty()) text_.append(static_cast<std::size_t>(indent_), ' ');
  text_ += line;
  text_ += '\n';
  return *this;
}

std::string Banner(const std::string& comment, const std::vector<std::string>& sources) {
  std::string list;
  for (const auto& s : sources) list += (list.empty() ? "" : ", ") + ("protocol/" + s);
  return comment + " Generated from " + (list.empty() ? "protocol/" : list) + ".\n" + comment +
         " Do not edit: change protocol/ and run tools/regen.sh.\n";
}

void DocComment(Code& code, const std::string& prefix, const std::string& description) {
  if (description.empty()) return;
  std::istringstream lines(description);
  std::string line;
  while (std::getline(lines, line)) code(prefix + (line.empty() ? "" : " " + line));
}

void CopyVerbatim(const std::string& prefix, Outputs& out) {
  for (const auto& [path, text] : VerbatimFiles()) {
    if (!path.starts_with(prefix)) continue;
    std::string comment = path.ends_with(".swift") || path.ends_with(".hpp") ||
                                  path.ends_with(".cpp") || path.ends_with(".ts")
                              ? "//"
                              : "#";
    out[path] = comment + " Copied from codegen/runtime/verbatim/" + path + ".\n" + comment +
                " Do not edit: change that file and run tools/regen.sh.\n" + text;
  }
}

Outputs GenerateAll(const Protocol& proto) {
  Outputs out;
  EmitSchema(proto, out);
  EmitCpp(proto, out);
  EmitTypeScript(proto, out);
  EmitSwift(proto, out);
  return out;
}

}  // namespace gateway::codegen
