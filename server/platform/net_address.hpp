// Classifying IP address text: what counts as loopback (a local client) and a dotted IPv4 address.
#pragma once

#include <arpa/inet.h>

#include <string>

namespace gateway::platform {

// True for 127.0.0.0/8 and ::1 (and the IPv4-mapped ::ffff:127.x form).
inline bool IsLoopbackIp(const std::string& ip) {
  return ip.rfind("127.", 0) == 0 || ip == "::1" || ip.rfind("::ffff:127.", 0) == 0;
}

// A dotted-quad IPv4 address such as "192.168.1.10".
inline bool IsIpv4(const std::string& text) {
  in_addr address{};
  return inet_pton(AF_INET, text.c_str(), &address) == 1;
}

}  // namespace gateway::platform
