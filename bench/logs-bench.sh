#!/usr/bin/env bash
# `httpcodes logs` on a 1 GiB combined log (made by bench/gen-combined-log.py with a fixed seed), next to
# `LC_ALL=C gawk '{print $9}' | sort | uniq -c` (counts codes only, and miscounts lines whose request field holds
# spaces) and GoAccess producing its JSON report, all measured in the same run. Medians of RUNS runs (GoAccess: one
# run, it is slow). Also checks that our counts are exact where awk's are not.
# Needs: gawk, goaccess (Debian: apt-get install gawk goaccess), python3.
# Usage: bench/logs-bench.sh [SIZE_MIB, default 1024] [RUNS, default 3]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
size=${1:-1024}
runs=${2:-3}
need gawk goaccess python3
log=$(combined_log "$root" "$size")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/httpcodes" 404 >/dev/null   # builds on first use

seconds() { awk -v m="$(median_ms "$runs" "$@")" 'BEGIN {printf "%.2f", m / 1000}'; }

cat /dev/null "$log" > /dev/null   # into the page cache for everyone
ours=$(seconds "$root/httpcodes" logs "$log")
ours_json=$(seconds "$root/httpcodes" logs --json "$log")
awk_pipeline=$(seconds bash -c "LC_ALL=C gawk '{print \$9}' '$log' | sort | uniq -c")
start=$(date +%s%N)
timeout 1800 goaccess "$log" --log-format=COMBINED -o "$work/goaccess.json" --no-progress >/dev/null 2>&1 || true
goaccess_time=$(awk -v s="$start" -v e="$(date +%s%N)" 'BEGIN {printf "%.2f", (e - s) / 1e9}')

echo "input: $(du -h "$log" | cut -f1) combined log, $(nproc) cores"
printf "%-44s %8s s\n" "httpcodes logs (full terminal report)" "$ours"
printf "%-44s %8s s\n" "httpcodes logs --json" "$ours_json"
printf "%-44s %8s s\n" "gawk '{print \$9}' | sort | uniq -c" "$awk_pipeline"
printf "%-44s %8s s\n" "goaccess --log-format=COMBINED -o report.json" "$goaccess_time"
awk -v a="$awk_pipeline" -v o="$ours" 'BEGIN {printf "speed-up over the awk pipeline: %.2fx (target >= 3x)\n", a / o}'
awk -v g="$goaccess_time" -v o="$ours_json" 'BEGIN {printf "speed-up over GoAccess (JSON against JSON): %.1fx (target >= 10x)\n", g / o}'

# Exactness: our counts against awk's, and where they differ, why.
"$root/httpcodes" logs --json "$log" > "$work/ours.json"
LC_ALL=C gawk '{print $9}' "$log" | sort | uniq -c > "$work/awk.txt"
python3 - "$work/ours.json" "$work/awk.txt" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1]))["statusCounts"]
awk = {}
for line in open(sys.argv[2]):
    n, key = line.split(None, 1) if len(line.split()) == 2 else (line.split()[0], "")
    awk[key.strip()] = int(n)
wrong = {k: v for k, v in awk.items() if k not in ours}
print("lines httpcodes counted:", sum(ours.values()), "| awk buckets that are not status codes:",
      sum(wrong.values()), "lines under", sorted(wrong)[:6])
PY
