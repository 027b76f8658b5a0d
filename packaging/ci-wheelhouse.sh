#!/usr/bin/env bash
# Prove the offline install kit: build the wheelhouse for this machine, install
# from it into a fresh virtualenv with no index and — where `unshare -n` is
# allowed (root on Linux) — no network at all, then run the installed
# `sanzhi --version` and `sanzhi --self-test` in an emptied environment.
# Also resolves the Windows kit offline when one is given: --windows-kit DIR.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python="${PYTHON:-python3}"
windows_kit=""
if [[ "${1:-}" == "--windows-kit" ]]; then windows_kit="$2"; fi

bash "$root/packaging/wheelhouse.sh" --out "$tmp/wheelhouse"

offline=()
if unshare -n true 2>/dev/null; then offline=(unshare -n); fi
# No pip configuration, no extra find-links: only the wheelhouse may be used.
clean_pip=(env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL PIP_CONFIG_FILE=/dev/null)

echo "== offline install ${offline[*]:-(network namespace not available: --no-index only)}"
"$python" -m venv "$tmp/venv"
"${offline[@]}" "${clean_pip[@]}" "$tmp/venv/bin/python" -m pip install --quiet --no-index \
  --find-links "$tmp/wheelhouse" sanzhi-desktop

mkdir -p "$tmp/home"
cd "$tmp"
env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 "$tmp/venv/bin/sanzhi" --version
env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  "$tmp/venv/bin/sanzhi" --self-test

if [[ -n "$windows_kit" ]]; then
  echo "== resolving the Windows kit $windows_kit offline"
  "${offline[@]}" "${clean_pip[@]}" "$python" -m pip install --quiet --dry-run --no-index \
    --find-links "$windows_kit" --platform win_amd64 --python-version 311 --implementation cp \
    --only-binary=:all: --target "$tmp/win-target" sanzhi-desktop
  echo "   every wheel for Windows is in the kit"
fi
echo "== the offline install kit works"
