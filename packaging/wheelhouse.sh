#!/usr/bin/env bash
# Download every wheel sanzhi-desktop needs into one folder, for installing on a
# PC that has Python but no network:
#
#   bash packaging/wheelhouse.sh [--out DIR] [--windows | PIP-DOWNLOAD-OPTIONS...]
#
#   (no option)   wheels for this machine (its OS, CPU and Python version);
#                 any dependency published only as source is built into a wheel
#   --windows     wheels for 64-bit Windows with Python 3.11, i.e.
#                 --platform win_amd64 --python-version 311 --only-binary=:all:
#   other options are passed to `pip download` as the target platform, e.g.
#                 --platform manylinux2014_x86_64 --python-version 312 --only-binary=:all:
#   --out DIR     the folder (default: dist/wheelhouse-<platform>)
#
# The project's own wheel is built from this checkout and put in the folder too.
# On the offline PC (the folder copied from the USB stick):
#
#   python -m pip install --no-index --find-links DIR sanzhi-desktop
#
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python3}"
out=""
target=()
label="native"
while (($#)); do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --out=*) out="${1#--out=}"; shift ;;
    --windows)
      target+=(--platform win_amd64 --python-version 311 --implementation cp --only-binary=:all:)
      label="win_amd64-cp311"; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) target+=("$1"); label="custom"; shift ;;
  esac
done
out="$(mkdir -p "${out:-$root/dist/wheelhouse-$label}" && cd "${out:-$root/dist/wheelhouse-$label}" && pwd)"

start=$(date +%s)
echo "== building the sanzhi-desktop wheel into $out"
rm -f "$out"/sanzhi_desktop-*.whl
"$python" -m pip wheel --quiet --no-deps --wheel-dir "$out" "$root"
project_wheel=$(ls "$out"/sanzhi_desktop-*.whl)

if ((${#target[@]} == 0)); then
  echo "== collecting the dependencies for this machine ($("$python" -c 'import sys, platform; print(platform.system(), platform.machine(), "Python", sys.version.split()[0])'))"
  # `pip wheel` downloads the published wheels and builds any source-only one.
  "$python" -m pip wheel --quiet --wheel-dir "$out" "$project_wheel"
else
  echo "== downloading the dependencies for: ${target[*]}"
  "$python" -m pip download --quiet --dest "$out" "${target[@]}" "$project_wheel"
fi

cat > "$out/INSTALL.txt" <<TXT
sanzhi-desktop offline install kit ($label), made $(date +%F) from $(basename "$project_wheel").

On the PC without network (Python 3.11 or newer installed):

  python -m venv sanzhi-venv
  sanzhi-venv/bin/python -m pip install --no-index --find-links THIS-FOLDER sanzhi-desktop
      (Windows: sanzhi-venv\\Scripts\\python -m pip install --no-index --find-links THIS-FOLDER sanzhi-desktop)
  sanzhi-venv/bin/sanzhi --self-test
TXT

end=$(date +%s)
count=$(ls "$out"/*.whl | wc -l)
echo "== wheelhouse: $out  wheels: $count  size: $(du -sh "$out" | cut -f1)  time: $((end - start)) s"
