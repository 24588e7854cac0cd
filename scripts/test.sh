#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs the whole test suite under xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
PRESET="${NEPHOS_PRESET:-default}"
cd "build/$PRESET"
export QT_QPA_PLATFORMTHEME=""
xvfb-run -a -s "-screen 0 1600x1000x24" \
  ctest --output-on-failure -j "${NEPHOS_TEST_JOBS:-2}" "$@"
