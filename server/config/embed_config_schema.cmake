# Writes a C++ source that holds generated/schema/config.schema.json as a string, so the gateway
# answers config.schema without reading the source tree at run time.
# Usage: cmake -DIN=<config.schema.json> -DOUT=<file.cpp> -P embed_config_schema.cmake
file(READ "${IN}" content)
if(content MATCHES "\\)schema\"")
  message(FATAL_ERROR "${IN}: contains the raw string delimiter )schema\"")
endif()
set(text "// Built from generated/schema/config.schema.json by server/config/embed_config_schema.cmake.\n")
string(APPEND text "#include <string_view>\n\nnamespace gateway::config {\n\n")
string(APPEND text "std::string_view ConfigSchemaText() {\n  return R\"schema(${content})schema\";\n}\n\n")
string(APPEND text "}  // namespace gateway::config\n")
file(WRITE "${OUT}.tmp" "${text}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
