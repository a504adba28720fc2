#!/usr/bin/env bash
# Batch throughput and memory: `brochure batch` with -j 1 and -j 2 on the same generated archive,
# and the peak memory of the batch process as the archive grows.
#
#   Scripts/bench-batch.sh [BROCHURE] [COPIES]
#
# The archive is COPIES (default 20) edited copies of every fixture in Fixtures/brochures (a
# trailing comment makes each file distinct), written under a temporary folder. Needs hyperfine
# and GNU time (/usr/bin/time). Each timed run starts from an empty output folder.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/brochure}
COPIES=${2:-20}
[ -x "$BIN" ] || { echo "build first: make release" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

make_archive() { # folder copies
    for ((i = 0; i < $2; i++)); do
        d="$1/year$((i % 5))/set$i"; mkdir -p "$d"
        for f in Fixtures/brochures/*.pdf; do { cat "$f"; printf '%%copy %d\n' "$i"; } > "$d/$(basename "$f")"; done
    done
}

make_archive "$WORK/archive" "$COPIES"
FILES=$(find "$WORK/archive" -name '*.pdf' | wc -l)
echo "archive: $FILES PDFs ($COPIES copies of $(ls Fixtures/brochures/*.pdf | wc -l) fixtures); $(nproc) cores"

hyperfine -N --warmup 1 --runs 5 --export-json "$WORK/h.json" \
    --prepare "rm -rf $WORK/out" \
    -n "jobs=1" "$BIN batch $WORK/archive -o $WORK/out -j 1 --progress none" \
    -n "jobs=2" "$BIN batch $WORK/archive -o $WORK/out -j 2 --progress none" >/dev/null
python3 - "$WORK/h.json" "$FILES" <<'PY'
import json, sys, statistics
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
files = int(sys.argv[2])
print("| jobs | median s | min–max s | files/s |")
print("|---|---|---|---|")
for name, r in runs.items():
    print(f"| {name} | {r['median']:.2f} | {min(r['times']):.2f}–{max(r['times']):.2f} | {files / r['median']:.1f} |")
one, two = runs["jobs=1"]["median"], runs["jobs=2"]["median"]
print(f"\nspeed-up of -j 2 over -j 1: {one / two:.2f}×")
PY

echo
echo "| archive | PDFs | peak RSS of the batch process | peak RSS of any worker |"
echo "|---|---|---|---|"
for copies in 5 20 80; do
    rm -rf "$WORK/grow" "$WORK/out"
    make_archive "$WORK/grow" "$copies"
    n=$(find "$WORK/grow" -name '*.pdf' | wc -l)
    # The batch process's own peak (VmHWM, sampled until it exits) and the largest worker's
    # (the children's rusage, which is the peak of the largest descendant).
    read -r parent worker < <(python3 - "$BIN" "$WORK/grow" "$WORK/out" <<'PY'
import resource, subprocess, sys, time
p = subprocess.Popen([sys.argv[1], 'batch', sys.argv[2], '-o', sys.argv[3], '-j', '2', '--progress', 'none'], stdout=subprocess.DEVNULL)
peak = 0
while p.poll() is None:
    try:
        for line in open(f'/proc/{p.pid}/status'):
            if line.startswith('VmHWM:'): peak = max(peak, int(line.split()[1]))
    except OSError: pass
    time.sleep(0.02)
print(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
)
    echo "| $copies copies | $n | $((parent / 1024)) MB | $((worker / 1024)) MB |"
done
