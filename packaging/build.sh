#!/usr/bin/env bash
# Build the one-folder bundle dist/sanzhi/ from a checkout (Linux; Windows: build.ps1).
#
#   bash packaging/build.sh [--fresh]
#
# Creates (or reuses) a build virtualenv, installs the project and PyInstaller
# into it with pip, runs packaging/sanzhi.spec and prints the bundle's size and
# the build time. Everything it writes is ignored by git:
#   SANZHI_BUILD_VENV  build virtualenv   (default: build/packaging-venv)
#   SANZHI_DIST        output folder      (default: dist; the bundle is dist/sanzhi)
#   PYTHON             Python ≥ 3.11 used to create the venv (default: python3)
#   --fresh            delete the build virtualenv first
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
venv="${SANZHI_BUILD_VENV:-$root/build/packaging-venv}"
dist="${SANZHI_DIST:-$root/dist}"
python="${PYTHON:-python3}"
pyinstaller_spec="pyinstaller>=6.10,<7"

if [[ "${1:-}" == "--fresh" ]]; then
  rm -rf "$venv"
fi

start=$(date +%s)
if [[ ! -x "$venv/bin/python" ]]; then
  echo "== creating the build virtualenv $venv"
  "$python" -m venv "$venv"
fi
echo "== installing the project and PyInstaller"
"$venv/bin/python" -m pip install --quiet --upgrade pip
# Not editable: the bundle is made from the installed package, exactly what the
# wheel ships (resources/ and the compiled .qm included).
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps .
"$venv/bin/python" -m pip install --quiet . "$pyinstaller_spec"

echo "== running PyInstaller"
rm -rf "$dist/sanzhi"
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$root/build/pyinstaller" packaging/sanzhi.spec

end=$(date +%s)
bundle="$dist/sanzhi"
if [[ ! -x "$bundle/sanzhi" ]]; then
  echo "build failed: $bundle/sanzhi was not produced" >&2
  exit 1
fi
size=$(du -sh "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "== bundle: $bundle  size: $size  files: $files  build time: $((end - start)) s"
