#include "server/app/exec_policy_local.hpp"

#include <memory>

#include "server/domain/tools/exec/approvals_store.hpp"
#include "server/domain/tools/exec/exec_policy.hpp"

namespace gateway::app {
namespace {

namespace dt = domain::tools;

std::expected<std::unique_ptr<dt::ApprovalsStore>, std::string> OpenStore(
    const std::filesystem::path& path) {
  try {
    auto store = std::make_unique<dt::ApprovalsStore>(path);
    if (store->malformed()) {
      return std::unexpected("the exec approvals file " + path.string() +
                             " is not a JSON object; fix or remove it first");
    }
    return store;
  } catch (const std::exception& error) {
    return std::unexpected("cannot read " + path.string() + ": " + error.what());
  }
}

}  // namespace

std::expected<LocalApprovals, std::string> ReadLocalApprovals(const config::Paths& paths) {
  const auto path = dt::ApprovalsStore::DefaultPath(paths.state_dir);
  auto store = OpenStore(path);
  if (!store) return std::unexpected(store.error());
  auto snapshot = (*store)->Peek();
  return LocalApprovals{.path = path, .file = std::move(snapshot.file), .hash = snapshot.hash};
}

std::expected<LocalApprovals, std::string> WriteLocalApprovals(const config::Paths& paths,
                                                               const nlohmann::json& file,
                                                               const std::string& base_hash) {
  const auto path = dt::ApprovalsStore::DefaultPath(paths.state_dir);
  auto store = OpenStore(path);
  if (!store) return std::unexpected(store.error());
  try {
    auto written = (*store)->Set(file, base_hash);
    if (!written) return std::unexpected(written.error().message);
    return LocalApprovals{.path = path, .file = std::move(written->file), .hash = written->hash};
  } catch (const std::exception& error) {
    return std::unexpected("cannot write " + path.string() + ": " + error.what());
  }
}

ExecPolicyView DescribeExecPolicy(const proto::OpenClawConfig& config,
                                  const nlohmann::json& approvals_file,
                                  const std::string& agent_id) {
  const auto configured = dt::ResolveExecConfig(config, agent_id);
  const auto document =
      dt::ResolveApprovalsPolicy(dt::NormalizeApprovalsDocument(approvals_file), agent_id);
  const auto effective = dt::EffectiveExecPolicy(configured, document, std::nullopt);
  ExecPolicyView view;
  view.host = configured.host;
  if (configured.security) view.config_security = std::string(dt::ToString(*configured.security));
  if (configured.ask) view.config_ask = std::string(dt::ToString(*configured.ask));
  view.approvals_security = dt::ToString(document.security);
  view.approvals_ask = dt::ToString(document.ask);
  view.approvals_ask_fallback = dt::ToString(document.ask_fallback);
  view.effective_security = dt::ToString(effective.security);
  view.effective_ask = dt::ToString(effective.ask);
  view.effective_ask_fallback = dt::ToString(effective.ask_fallback);
  return view;
}

}  // namespace gateway::app
