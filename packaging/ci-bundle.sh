#!/usr/bin/env bash
# CI: build the Linux bundle and prove it runs on its own.
#
#   bash packaging/ci-bundle.sh
#
# Builds dist/sanzhi with packaging/build.sh, then runs `sanzhi --self-test`
# from the bundle in an emptied environment: no PATH to any virtualenv, no
# PYTHONPATH, a fresh HOME, offscreen Qt, and the working directory outside
# the checkout — so the bundle can use nothing but what it carries (and the
# system libraries every desktop has). Exits non-zero if the build or any
# check fails; prints the bundle's size and the build time.
#
#   SANZHI_BUILD_VENV  build virtualenv (default: $TMPDIR/sanzhi-bundle-venv, reused between runs)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export SANZHI_BUILD_VENV="${SANZHI_BUILD_VENV:-${TMPDIR:-/tmp}/sanzhi-bundle-venv}"

start=$(date +%s)
bash "$root/packaging/build.sh"
built=$(date +%s)

bundle="$root/dist/sanzhi"
echo "== self-test of $bundle (no venv, no PYTHONPATH, HOME=$tmp/home)"
mkdir -p "$tmp/home"
cd "$tmp"
set +e
env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  "$bundle/sanzhi" --self-test
status=$?
env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 "$bundle/sanzhi" --version
version_status=$?
set -e
end=$(date +%s)

if [[ -n "$(ls -A "$tmp/home")" ]]; then
  echo "the self-test wrote into HOME (it must use temporary folders only):" >&2
  find "$tmp/home" >&2
  status=1
fi
echo "== bundle size: $(du -sh "$bundle" | cut -f1)  build: $((built - start)) s  self-test: $((end - built)) s"
if ((status != 0 || version_status != 0)); then
  echo "== the bundle FAILED its self-test" >&2
  exit 1
fi
echo "== the bundle passed its self-test"
