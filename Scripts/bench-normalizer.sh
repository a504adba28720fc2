#!/usr/bin/env bash
# Benchmark the ICU normaliser against Python's neologdn on a generated >= 20 MB corpus.
# Usage: Scripts/bench-normalizer.sh [--megabytes N] [--repeat N]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product brochure >&2
python3 -c "import neologdn" 2>/dev/null || python3 -m pip install --quiet neologdn >&2 || echo "neologdn unavailable" >&2
exec python3 Scripts/bench-normalizer.py --brochure .build/release/brochure "$@"
