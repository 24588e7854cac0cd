#!/usr/bin/env bash
# Installs what is missing, builds, and launches the workbench on the embedded default scenario.
# Without a display, the workbench is started under xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh --target nephos
BIN="build/${NEPHOS_PRESET:-default}/app/nephos"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found, starting under xvfb-run"
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$BIN" "$@"
fi
exec "$BIN" "$@"
