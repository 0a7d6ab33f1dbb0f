// One emitter per target. Each adds files (path relative to generated/ -> content) to Outputs.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model.hpp"

namespace gateway::codegen {

using Outputs = std::map<std::string, std::string>;

void EmitSchema(const Protocol& proto, Outputs& out);      // schema/*.schema.json
void EmitCpp(const Protocol& proto, Outputs& out);         // cpp/
void EmitTypeScript(const Protocol& proto, Outputs& out);  // ts/
void EmitSwift(const Protocol& proto, Outputs& out);       // swift/

// Every target, as written by tools/regen.sh.
Outputs GenerateAll(const Protocol& proto);

// "// Generated from protocol/a.yaml, protocol/b.yaml. Do not edit: run tools/regen.sh."
std::string Banner(const std::string& comment, const std::vector<std::string>& sources);

// Line-oriented text builder with indentation.
class Code {
 public:
  Code& operator()(const std::string& line = "");
  void In() { indent_ += 2; }
  void Out() { indent_ -= 2; }
  void Raw(const std::string& text) { text_ += text; }
  const std::string& str() const { return text_; }

 private:
  std::string text_;
  int indent_ = 0;
};

// A description as comment lines ("" -> nothing).
void DocComment(Code& code, const std::string& prefix, const std::string& description);

}  // namespace gateway::codegen
