#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (ctest).
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$jieshui_root"
ensure_packages
configure_and_build build
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
