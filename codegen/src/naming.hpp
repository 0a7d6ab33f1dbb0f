// Identifier spelling shared by the emitters.
#pragma once

#include <string>
#include <string_view>

namespace gateway::codegen {

// "logs.tail" -> "LogsTail", "system-presence" -> "SystemPresence", "minProtocol" -> "MinProtocol".
std::string PascalCase(std::string_view s);
// "minProtocol" -> "minProtocol", "allow-once" -> "allowOnce", "$schema" -> "schema".
std::string CamelCase(std::string_view s);
// "minProtocol" -> "min_protocol", "URLPath" -> "url_path"; keywords get a trailing '_'.
std::string CppFieldName(std::string_view wire);
// "allow-once" -> "kAllowOnce", "operator.read" -> "kOperatorRead".
std::string CppConstantName(std::string_view wire);
// "maxPayload" -> "MAX_PAYLOAD".
std::string ScreamingSnake(std::string_view s);
// A Swift identifier for a wire name, backticked when it is a keyword.
std::string SwiftIdentifier(std::string_view wire);
// True if `s` can be written unquoted as a TypeScript property name.
bool IsTsIdentifier(std::string_view s);
// A C++ string literal (with quotes and escapes).
std::string CppStringLiteral(std::string_view s);
// A JSON string literal (also valid in TypeScript and Swift for our inputs).
std::string JsonStringLiteral(std::string_view s);

}  // namespace gateway::codegen
