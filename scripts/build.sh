#!/usr/bin/env bash
# Configures and builds Nephos (preset "default" unless NEPHOS_PRESET says otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET="${NEPHOS_PRESET:-default}"
JOBS="${NEPHOS_JOBS:-$(nproc)}"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
# Paths relative to the checkout, so that a fresh clone elsewhere (CI) reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
cmake --preset "$PRESET" -G Ninja >/dev/null
cmake --build --preset "$PRESET" -j "$JOBS" "$@"
