#!/usr/bin/env bash
# Start-up and throughput of qd, as a clerk and a CI run it, in one run so the ratios compare
# like with like on a shared machine:
#  1. `qd draft` of the largest example to standard output, against the floor (a bare Go
#     process writing a zip of the same size, bench/zipfloor) and pandoc on the same text as
#     Markdown; interleaved, RUNS rounds, medians of wall time, CPU time and peak memory
#     (bench/startup reads them from wait4, not through a wrapper process), and `qd --version`,
#     the cost of starting qd before any work;
#  2. package initialisation of qd (GODEBUG=inittrace=1), median per package over 11 runs;
#  3. the binary's size built as the release is (CGO off) and with cgo;
#  4. `qd validate` of 1,000 and 10,000 generated drafts: time per draft and peak memory.
# Goals (issue #16): pandoc/qd >= 15x, qd/floor <= 2x, validate linear and under 40 MB.
#   bash bench/run.sh [RUNS]        (needs pandoc: apt-get install pandoc)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-41}
command -v pandoc >/dev/null || { echo "pandoc is not installed: apt-get install pandoc" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CGO_ENABLED=0 go build -trimpath -o "$tmp/qd" ./cmd/qd
CGO_ENABLED=1 go build -trimpath -o "$tmp/qd-cgo" ./cmd/qd
CGO_ENABLED=0 go build -trimpath -o "$tmp/zipfloor" ./bench/zipfloor # the floor is built as qd is
go build -o "$tmp/startup" ./bench/startup
go build -o "$tmp/gen" ./bench/gen
ex=examples/kien-giang.yaml
"$tmp/qd" draft "$ex" --format md -o "$tmp/kg.md" 2>/dev/null
size=$("$tmp/qd" draft "$ex" -o - 2>/dev/null | wc -c)

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(go version | cut -d' ' -f3)"
echo
echo "1. qd draft $ex -o - ($size bytes) vs floor vs pandoc, $runs interleaved rounds, medians:"
"$tmp/startup" -n "$runs" \
  -label qd -- "$tmp/qd" draft "$ex" -o - \
  -label floor -- "$tmp/zipfloor" -size "$size" \
  -label start -- "$tmp/qd" --version \
  -label pandoc -- pandoc "$tmp/kg.md" -t docx -o "$tmp/pandoc.docx" > "$tmp/start"
printf '   %-8s %10s %10s %9s %14s\n' "" "wall ms" "cpu ms" "peak MB" "wall ms p10"
while read -r l w c m p; do printf '   %-8s %10.2f %10.2f %9.1f %14.2f\n' "$l" "$w" "$c" "$m" "$p"; done < "$tmp/start"
read -r _ qw qc _ < <(grep '^qd ' "$tmp/start")
read -r _ fw fc _ < <(grep '^floor ' "$tmp/start")
read -r _ pw pc _ < <(grep '^pandoc ' "$tmp/start")
verdict() { awk -v v="$1" -v g="$2" -v op="$3" 'BEGIN { ok = (op == ">=") ? v >= g : v <= g; print ok ? "goal met" : "goal NOT met" }'; }
pq=$(awk -v a="$pw" -v b="$qw" 'BEGIN { printf "%.1f", a / b }')
qf=$(awk -v a="$qw" -v b="$fw" 'BEGIN { printf "%.1f", a / b }')
echo "   pandoc/qd wall ${pq}x (goal >= 15x: $(verdict "$pq" 15 '>=')), cpu $(awk -v a="$pc" -v b="$qc" 'BEGIN { printf "%.1f", a / b }')x"
echo "   qd/floor  wall ${qf}x (goal <= 2x: $(verdict "$qf" 2 '<=')), cpu $(awk -v a="$qc" -v b="$fc" 'BEGIN { printf "%.1f", a / b }')x"
read -r _ _ _ _ qp < <(grep '^qd ' "$tmp/start")
read -r _ _ _ _ fp < <(grep '^floor ' "$tmp/start")
read -r _ _ _ _ pp < <(grep '^pandoc ' "$tmp/start")
echo "   fastest tenth of the rounds (p10 wall, what the machine's load spared most): pandoc/qd $(awk -v a="$pp" -v b="$qp" 'BEGIN { printf "%.1f", a / b }')x, qd/floor $(awk -v a="$qp" -v b="$fp" 'BEGIN { printf "%.1f", a / b }')x"
read -r _ sw sc _ < <(grep '^start ' "$tmp/start")
echo "   start (qd --version: runtime, package init, command tree, no work)/floor wall $(awk -v a="$sw" -v b="$fw" 'BEGIN { printf "%.1f", a / b }')x, cpu $(awk -v a="$sc" -v b="$fc" 'BEGIN { printf "%.1f", a / b }')x"

echo
echo "2. package initialisation of qd draft (GODEBUG=inittrace=1), median of 11 runs, largest:"
for i in $(seq 11); do
  GODEBUG=inittrace=1 "$tmp/qd" draft "$ex" -o - 2>&1 >/dev/null | grep '^init ' || true
done | awk '{ print $2, $5 }' | sort -k1,1 -k2,2n | awk '
  function flush() { if (p != "") { med = v[int((n + 1) / 2)]; tot += med; printf "%.3f %s\n", med, p } }
  $1 != p { flush(); p = $1; n = 0 } { v[++n] = $2 }
  END { flush(); printf "%.3f TOTAL\n", tot }' | sort -rn | head -7 | awk '{ printf "   %8.2f ms  %s\n", $1, $2 }'

echo
echo "3. binary size: CGO_ENABLED=0 $(stat -c %s "$tmp/qd" | awk '{ printf "%.1f MB", $1 / 1e6 }'), with cgo $(stat -c %s "$tmp/qd-cgo" | awk '{ printf "%.1f MB", $1 / 1e6 }') (not stripped; the release strips: -s -w)"

echo
"$tmp/gen" -n 10000 -dir "$tmp/d10k"
mkdir "$tmp/d1k"
n=0
for f in "$tmp"/d10k/*.yaml; do
  n=$((n + 1)); [ "$n" -le 1000 ] || break
  ln "$f" "$tmp/d1k/"
done
echo "4. qd validate of generated drafts (26 members each), 3 interleaved rounds, medians:"
"$tmp/startup" -n 3 -label 1000 -- "$tmp/qd" validate "$tmp/d1k" -label 10000 -- "$tmp/qd" validate "$tmp/d10k" > "$tmp/val"
while read -r l w c m _; do
  awk -v l="$l" -v w="$w" -v m="$m" 'BEGIN { printf "   %6d drafts: %8.0f ms, %.3f ms a draft, peak %.1f MB\n", l, w, w / l, m }'
done < "$tmp/val"
read -r _ w1 _ m1 _ < <(grep '^1000 ' "$tmp/val")
read -r _ w10 _ m10 _ < <(grep '^10000 ' "$tmp/val")
lin=$(awk -v a="$w10" -v b="$w1" 'BEGIN { printf "%.2f", a / b / 10 }')
echo "   time per draft at 10,000 / at 1,000: ${lin} (linear: about 1); peak at 10,000 under 40 MB: $(verdict "$m10" 40 '<=')"
echo
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
