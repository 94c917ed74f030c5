#!/usr/bin/env bash
# Installs what is missing, builds, and runs the workbench on the embedded Qinzhou project.
# With no display it runs the headless main job instead and says where its outputs went.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$jieshui_root"
ensure_packages
configure_and_build build

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -x build/ui/app/jieshui ]]; then
  exec build/ui/app/jieshui "$@"
fi
exec scripts/headless-main-job.sh build out
