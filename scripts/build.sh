#!/usr/bin/env bash
# Configures and builds Nephos (preset "default" unless NEPHOS_PRESET says otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET="${NEPHOS_PRESET:-default}"
JOBS="${NEPHOS_JOBS:-$(nproc)}"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
cmake --preset "$PRESET" -G Ninja >/dev/null
cmake --build --preset "$PRESET" -j "$JOBS" "$@"
