#include "tests/unit/transport/test_certs.hpp"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <fstream>
#include <stdexcept>

namespace gateway::testing {
namespace {

struct PkeyFree {
  void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct X509Free {
  void operator()(X509* cert) const { X509_free(cert); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;

void Check(bool ok, const char* what) {
  if (!ok) throw std::runtime_error(std::string("test PKI: ") + what);
}

Pkey NewKey() {
  Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
  Check(key != nullptr, "EC key generation");
  return key;
}

void AddExtension(X509* cert, X509* issuer, int nid, const std::string& value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
  Check(ext != nullptr, "extension");
  X509_add_ext(cert, ext, -1);
  X509_EXTENSION_free(ext);
}

Cert NewCert(const std::string& common_name, EVP_PKEY* key) {
  Cert cert(X509_new());
  X509_set_version(cert.get(), 2);
  unsigned char serial[8];
  RAND_bytes(serial, sizeof serial);
  serial[0] &= 0x7f;
  BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
  BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
  BN_free(bn);
  X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
  X509_gmtime_adj(X509_getm_notAfter(cert.get()), 7 * 24 * 3600);
  X509_set_pubkey(cert.get(), key);
  X509_NAME* name = X509_get_subject_name(cert.get());
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>(common_name.c_str()), -1, -1,
                             0);
  return cert;
}

std::string CertPem(X509* cert) {
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(bio, cert);
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio, &data);
  std::string pem(data, static_cast<std::size_t>(size));
  BIO_free(bio);
  return pem;
}

std::string KeyPem(EVP_PKEY* key) {
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio, &data);
  std::string pem(data, static_cast<std::size_t>(size));
  BIO_free(bio);
  return pem;
}

}  // namespace

struct TestCa::State {
  Pkey key;
  Cert cert;
};

TestCa::TestCa(const std::string& common_name) : state_(std::make_unique<State>()) {
  state_->key = NewKey();
  state_->cert = NewCert(common_name, state_->key.get());
  X509* cert = state_->cert.get();
  X509_set_issuer_name(cert, X509_get_subject_name(cert));
  AddExtension(cert, cert, NID_basic_constraints, "critical,CA:TRUE");
  AddExtension(cert, cert, NID_key_usage, "critical,keyCertSign,cRLSign");
  AddExtension(cert, cert, NID_subject_key_identifier, "hash");
  Check(X509_sign(cert, state_->key.get(), EVP_sha256()) > 0, "CA signature");
  cert_pem_ = CertPem(cert);
}

TestCa::~TestCa() = default;

CertAndKey TestCa::Issue(const std::string& common_name, const std::vector<std::string>& alt_names,
                         bool client) const {
  Pkey key = NewKey();
  Cert cert = NewCert(common_name, key.get());
  X509_set_issuer_name(cert.get(), X509_get_subject_name(state_->cert.get()));
  AddExtension(cert.get(), state_->cert.get(), NID_basic_constraints, "critical,CA:FALSE");
  AddExtension(cert.get(), state_->cert.get(), NID_key_usage, "critical,digitalSignature");
  AddExtension(cert.get(), state_->cert.get(), NID_ext_key_usage,
               client ? "clientAuth" : "serverAuth");
  AddExtension(cert.get(), state_->cert.get(), NID_authority_key_identifier, "keyid:always");
  if (!alt_names.empty()) {
    std::string san;
    for (const auto& name : alt_names) san += (san.empty() ? "" : ",") + name;
    AddExtension(cert.get(), state_->cert.get(), NID_subject_alt_name, san);
  }
  Check(X509_sign(cert.get(), state_->key.get(), EVP_sha256()) > 0, "leaf signature");
  return {CertPem(cert.get()), KeyPem(key.get())};
}

void WriteFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

}  // namespace gateway::testing
