#!/usr/bin/env bash
# Fresh machine to a running gateway: install the Debian packages, build, put `openclaw` on the
# PATH (~/.local/bin), write a default config with a generated token (`openclaw setup`,
# idempotent), then run the gateway in the foreground on 127.0.0.1:18789 (Ctrl-C stops it).
# Usage: tools/up.sh [build-dir]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}

bash "$root/tools/build.sh" "$build"
mkdir -p "$HOME/.local/bin"
ln -sf "$build/tools/openclaw/openclaw" "$HOME/.local/bin/openclaw"
case ":$PATH:" in
  *":$HOME/.local/bin:"*) ;;
  *) echo "note: add ~/.local/bin to PATH (export PATH=\"\$HOME/.local/bin:\$PATH\") to run openclaw by name" ;;
esac
"$build/tools/openclaw/openclaw" setup
exec "$build/tools/openclaw/openclaw" gateway
