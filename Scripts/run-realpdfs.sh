#!/usr/bin/env bash
# Opt-in: runs `brochure text` and `brochure layout` over the real PDFs in ../shared/realpdfs
# (read from there, never copied here) and prints one Markdown row per file: exit codes, time,
# lines of text and the first line of any error. Fails if any run crashes (signal), hangs
# (over 120 s) or writes to stdout while failing.
#   usage: Scripts/run-realpdfs.sh [path/to/brochure] [realpdfs dir]
set -uo pipefail
BIN=${1:-.build/release/brochure}
DIR=${2:-../shared/realpdfs}
[ -x "$BIN" ] || { echo "no binary at $BIN (run: make release)" >&2; exit 2; }
[ -d "$DIR" ] || { echo "no folder $DIR" >&2; exit 2; }
password_for() {
  case "$1" in
    rb_encrypted_aes128_userpw_password.pdf) echo password ;;
    rb_encrypted_aes256_userpw_baz.pdf) echo baz ;;
  esac
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
bad=0
echo "| file | text exit | layout exit | seconds | lines | message |"
echo "|---|---|---|---|---|---|"
for f in "$DIR"/*.pdf; do
  name=$(basename "$f")
  pw=$(password_for "$name"); args=(); [ -n "$pw" ] && args=(--password "$pw")
  start=$(date +%s.%N)
  timeout 120 "$BIN" text "${args[@]}" "$f" >"$tmp/out" 2>"$tmp/err"; tc=$?
  end=$(date +%s.%N)
  timeout 120 "$BIN" layout --compact "${args[@]}" "$f" >"$tmp/json" 2>/dev/null; lc=$?
  secs=$(echo "$end - $start" | bc)
  lines=$(grep -c . "$tmp/out")
  msg=$(head -1 "$tmp/err" | cut -c1-90 | tr '|' '/')
  if [ $tc -ge 124 ] || [ $lc -ge 124 ]; then bad=1; msg="CRASH OR HANG: $msg"; fi
  if [ $tc -ne 0 ] && [ -s "$tmp/out" ]; then bad=1; msg="OUTPUT ON FAILURE: $msg"; fi
  if [ $lc -eq 0 ] && ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/json" 2>/dev/null; then bad=1; msg="INVALID JSON: $msg"; fi
  printf '| %s | %s | %s | %.2f | %s | %s |\n' "$name" "$tc" "$lc" "$secs" "$lines" "$msg"
done
# The 247-page vertical notice: whole vertical lines, right to left, against pdftotext's
# one glyph per line. 令和四年三月四日 is set down one vertical line on page 1.
V="$DIR/jp_mhlw_kokuji_R4_vertical.pdf"
if [ -f "$V" ]; then
  "$BIN" text --page 1 "$V" >"$tmp/v.txt" 2>/dev/null
  pdftotext -f 1 -l 1 "$V" "$tmp/p.txt" 2>/dev/null
  median() { awk 'length($0) > 0 { print length($0) }' "$1" | sort -n | awk '{ a[NR] = $1 } END { print (NR ? a[int((NR + 1) / 2)] : 0) }'; }
  echo
  echo "Vertical notice, page 1: median line length brochure $(median "$tmp/v.txt") characters, pdftotext $(median "$tmp/p.txt")."
  if grep -q '令和四年三月四日' "$tmp/v.txt"; then echo "brochure reads 令和四年三月四日 as one run."; else echo "brochure does NOT read 令和四年三月四日 as one run."; bad=1; fi
  grep -q '令和四年三月四日' "$tmp/p.txt" && echo "pdftotext reads it as one run too." || echo "pdftotext does not (one glyph per line)."
  first=$(grep -n '厚生労働省告示第五十五号' "$tmp/v.txt" | head -1 | cut -d: -f1)
  second=$(grep -n '令和四年三月四日' "$tmp/v.txt" | head -1 | cut -d: -f1)
  [ -n "$first" ] && [ -n "$second" ] && [ "$first" -lt "$second" ] && echo "Right-to-left order holds: the notice number (rightmost) comes before the date."
fi
exit $bad
