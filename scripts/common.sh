#!/usr/bin/env bash
# Shared by run.sh, test.sh and .ci/run: install missing Debian packages, configure, build.
# SPDX-License-Identifier: GPL-3.0-or-later

jieshui_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Installs only what dpkg says is missing, so a second run costs nothing.
ensure_packages() {
  local missing=()
  local pkg
  while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done < "$jieshui_root/scripts/packages.txt"
  if [[ ${#missing[@]} -eq 0 ]]; then
    return 0
  fi
  echo "Installing missing packages: ${missing[*]}"
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build BUILD_DIR [extra cmake args...]
configure_and_build() {
  local dir="$1"
  shift
  if [[ ! -f "$jieshui_root/$dir/build.ninja" ]]; then
    cmake -S "$jieshui_root" -B "$jieshui_root/$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  fi
  cmake --build "$jieshui_root/$dir" --parallel "$(nproc)"
}
