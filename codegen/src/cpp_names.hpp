// How model types are spelled in C++; shared by the C++ emitters.
#pragma once

#include <string>

#include "model.hpp"

namespace gateway::codegen::cpp {

// The C++ type that holds a value of `t` ("std::vector<PresenceEntry>").
std::string TypeOf(const Type& t);
// The member type of a property: optional properties are wrapped in std::optional.
std::string MemberTypeOf(const Property& p);
// Header stem of a source file: "methods/system.yaml" -> "methods_system".
std::string Stem(const std::string& source);
// A C++ expression of type nlohmann::json equal to `value`.
std::string JsonLiteral(const Json& value);

}  // namespace gateway::codegen::cpp
