// Files of codegen/runtime/verbatim/ that the emitters copy into generated/ unchanged (fixed
// C++ and Swift text, edited and reviewed as code there), embedded at build time.
#pragma once

#include <map>
#include <string>

#include "emitters.hpp"

namespace gateway::codegen {

// Path relative to codegen/runtime/verbatim/ (which is also the path under generated/) -> text.
const std::map<std::string, std::string>& VerbatimFiles();

// Adds every verbatim file whose path starts with `prefix` to `out`, each under a banner that
// names the file it was copied from.
void CopyVerbatim(const std::string& prefix, Outputs& out);

}  // namespace gateway::codegen
