#!/usr/bin/env bash
# Set up a fresh Debian/Ubuntu machine for running and testing sanzhi-desktop:
# Qt's runtime libraries, poppler-utils and PostgreSQL (for the county store's
# tests; as root, via apt-get), then a
# virtualenv with the project installed editable with its test extra.
# Safe to run again: it installs only what is missing.
set -euo pipefail
venv="${1:-.venv}"
cd "$(dirname "$0")/.."

debian_packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libx11-xcb1 poppler-utils qpdf make python3-venv age minisign sqlite3
  postgresql
)
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    if [ "$(id -u)" -eq 0 ]; then
      echo "setup: installing ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "setup: please install (as root): apt-get install ${missing[*]}" >&2
    fi
  fi
fi

python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -e '.[test]'
echo "setup: ready in $venv"
