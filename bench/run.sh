#!/usr/bin/env bash
# Benchmark: qd draft on the largest example against pandoc on the same content as Markdown,
# run in alternation; then qd validate on 1,000 generated drafts. Prints the median wall time
# and peak memory (maximum resident set) of each, and their ratio.
#   bash bench/run.sh [RUNS]        (needs pandoc: apt-get install pandoc)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
command -v pandoc >/dev/null || { echo "pandoc is not installed: apt-get install pandoc" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is not installed: apt-get install time" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/m"
go build -o "$tmp/qd" ./cmd/qd
ex=examples/kien-giang.yaml
"$tmp/qd" draft "$ex" --format md -o "$tmp/kg.md" 2>/dev/null

# measure LABEL CMD...: wall ms and peak KB of one run, appended to $tmp/LABEL
measure() {
  local label=$1; shift
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f %M -o "$tmp/mem" "$@" >/dev/null 2>&1
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(cat "$tmp/mem")" >> "$tmp/m/$label"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for i in $(seq "$runs"); do
  measure qd "$tmp/qd" draft "$ex" -o "$tmp/qd.docx" --force
  measure pandoc pandoc "$tmp/kg.md" -o "$tmp/pandoc.docx"
done
report() { # LABEL
  local t m
  t=$(cut -d' ' -f1 "$tmp/m/$1" | median)
  m=$(cut -d' ' -f2 "$tmp/m/$1" | median)
  printf '%-22s median %7.2f ms   peak %6.1f MB\n' "$1" "$(echo "$t/1000" | bc -l)" "$(echo "$m/1024" | bc -l)"
  echo "$t $m" > "$tmp/m/$1.med"
}
echo "qd draft $ex vs pandoc (Markdown of the same text), $runs runs each, alternating:"
report qd
report pandoc
read -r qt qm < "$tmp/m/qd.med"; read -r pt pm < "$tmp/m/pandoc.med"
printf 'ratio pandoc/qd: time %.1fx, memory %.1fx\n' "$(echo "$pt/$qt" | bc -l)" "$(echo "$pm/$qm" | bc -l)"

go run ./bench/gen -n 1000 -dir "$tmp/drafts"
for i in $(seq 5); do measure validate "$tmp/qd" validate "$tmp/drafts"; done
echo "qd validate on 1,000 generated drafts (26 members each), 5 runs:"
report validate
