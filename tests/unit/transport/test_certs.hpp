// Test PKI made at test time with OpenSSL 3: an EC P-256 CA and leaf certificates it signs
// (SHA-256), as PEM strings and, for servers that want paths, files.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace gateway::testing {

struct CertAndKey {
  std::string cert_pem;
  std::string key_pem;
};

class TestCa {
 public:
  explicit TestCa(const std::string& common_name = "openclaw test CA");
  ~TestCa();
  TestCa(const TestCa&) = delete;
  TestCa& operator=(const TestCa&) = delete;

  const std::string& cert_pem() const { return cert_pem_; }
  // A leaf for `common_name` with these subjectAltName entries ("DNS:server.test",
  // "IP:127.0.0.1"), for TLS servers (serverAuth) or clients (clientAuth).
  CertAndKey Issue(const std::string& common_name, const std::vector<std::string>& alt_names,
                   bool client = false) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::string cert_pem_;
};

void WriteFile(const std::filesystem::path& path, const std::string& text);

}  // namespace gateway::testing
