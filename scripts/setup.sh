#!/usr/bin/env bash
# One-time (idempotent) set-up on Debian 12: QGIS 3.40 LTR from bookworm-backports,
# the system tools the tests use, and a .venv over the system Python (which has QGIS's bindings).
# A second run only checks and returns quickly.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

APT_PACKAGES="qgis python3-qgis qgis-providers xvfb xauth fonts-noto-cjk poppler-utils qttools5-dev-tools python3-venv libgeos-dev"

need_apt=0
for pkg in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt=1
done
# QGIS 3.40 or newer ("QGIS 3.40.6-Bratislava ...")
if ! qgis_process --version 2>/dev/null | grep -Eq "^QGIS 3\.([4-9][0-9])"; then need_apt=1; fi

if [ "$need_apt" = 1 ]; then
  echo "setup: installing QGIS 3.40 from bookworm-backports and system tools (a few minutes)"
  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "deb http://deb.debian.org/debian bookworm-backports main" | $SUDO tee /etc/apt/sources.list.d/backports.list >/dev/null
  fi
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends -t bookworm-backports $APT_PACKAGES >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv over /usr/bin/python3 (with system site packages for QGIS)"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
# Debian's pyproj (see requirements.txt) finds PROJ's data under sys.prefix, which in the venv is .venv.
if [ ! -e .venv/share/proj ]; then mkdir -p .venv/share && ln -s /usr/share/proj .venv/share/proj; fi
stamp=.venv/.requirements.sha
want=$(cat requirements.txt requirements-dev.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python requirements into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -r requirements.txt -r requirements-dev.txt -c constraints.txt
  echo "$want" > "$stamp"
fi
.venv/bin/python -c "import qgis.core, numpy, pyproj; assert numpy.__version__ < '2'; pyproj.CRS(6677)" \
  || { echo "setup: the .venv cannot import QGIS, numpy<2 and pyproj with its data" >&2; exit 1; }
echo "setup: ok ($(qgis_process --version 2>/dev/null | head -n 1))"
