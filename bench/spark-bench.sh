#!/usr/bin/env bash
# `httpcodes logs --spark local[2]` against the single-machine analyzer (`httpcodes logs --threads 2`) on the same
# 1 GiB combined log (bench/gen-combined-log.py, fixed seed): wall time, time per GiB, peak memory (max RSS), and
# whether the two JSON reports are equal. Then a scaling table by simulation from what the Spark run measured (its
# per-piece read cost and its merge cost, from the job's hidden --timings line), projected to 10 and 100 executors
# over 1 TB; the model and its assumptions are printed with it.
# Usage: flock /tmp/bench.lock bench/spark-bench.sh [SIZE_MIB, default 1024] [RUNS, default 1]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
size=${1:-1024}
runs=${2:-1}
need python3
log=$(combined_log "$root" "$size")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/httpcodes" logs --json "$log" >/dev/null                      # builds the CLI on first use
"$root/httpcodes" logs --spark 'local[1]' --json "$root/README.md" >/dev/null 2>&1 || true   # builds the job
cat "$log" > /dev/null   # into the page cache for both

# measure NAME CMD…: the median wall seconds of RUNS runs and the peak RSS (MiB) of the last, via GNU time.
measure() {
  local name=$1 times=() rss=0
  shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" > "$work/$name.json" 2> "$work/$name.err"
    times+=("$(cut -d' ' -f1 "$work/time")")
    rss=$(( $(cut -d' ' -f2 "$work/time") / 1024 ))
  done
  secs=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$secs $rss"
}
read -r single single_rss < <(measure single "$root/httpcodes" logs --threads 2 --json "$log")
read -r spark spark_rss < <(measure spark "$root/httpcodes" logs --spark 'local[2]' --timings --json "$log")
gib=$(awk -v b="$(stat -c %s "$log")" 'BEGIN {printf "%.3f", b / 1073741824}')
timings=$(grep '^timings:' "$work/spark.err" | tail -1)
same=$(python3 - "$work/single.json" "$work/spark.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
print("equal" if not diff else "DIFFERENT in " + ", ".join(diff))
PY
)
echo "input: $gib GiB combined log, $(nproc) cores, JDK: $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)"
printf "%-46s %8s s %7s s/GiB %6s MiB max RSS\n" "httpcodes logs --threads 2 --json" "$single" \
  "$(awk -v s="$single" -v g="$gib" 'BEGIN {printf "%.2f", s / g}')" "$single_rss"
printf "%-46s %8s s %7s s/GiB %6s MiB max RSS\n" "httpcodes logs --spark 'local[2]' --json" "$spark" \
  "$(awk -v s="$spark" -v g="$gib" 'BEGIN {printf "%.2f", s / g}')" "$spark_rss"
echo "reports: $same"
echo "$timings"

# The scaling model. Measured here: r = read seconds per piece (128 MiB of plain log, or one .gz file of about
# that much log), m = seconds per merge of two partials, p = bytes of a partial. A job over T bytes has
# n = T / 128 MiB pieces (one task each); E executors of C cores read them in waves: ceil(n / (E C)) × r.
# treeAggregate of depth 2 then has about sqrt(n) reducer tasks merge sqrt(n) partials each (n merges spread over
# the E C cores), and the driver merges the last sqrt(n): (n / (E C) + sqrt(n)) × m; a reducer fetches sqrt(n)
# partials and the driver receives sqrt(n), of p bytes each at B bytes/s: 2 sqrt(n) p / B; plus a fixed job start S.
echo "$timings" | awk -v gib="$gib" '
  { for (i = 2; i <= NF; i++) { split($i, kv, "="); t[kv[1]] = kv[2] } }
  END {
    pieces = t["pieces"]; r = t["readSeconds"] / pieces; m = (t["merges"] > 0 ? t["mergeSeconds"] / t["merges"] : 0)
    p = t["partialBytes"]; C = 4; B = 1.25e8; S = 20
    printf "\nmeasured: %d pieces, r = %.2f s read per 128 MiB piece (one core), m = %.4f s per merge, p = %.0f KiB per partial\n", pieces, r, m, p / 1024
    printf "assumed: C = %d cores per executor, each as fast as one core here; storage (S3/HDFS) serves every core at its parse rate (%.0f MB/s); pieces of even size, no stragglers or retries; B = 1 Gbit/s per transfer (serial at the driver); S = %d s job start and scheduling\n", C, 128 * 1.048576 / r, S
    T = 1e12; n = T / (128 * 1048576)
    printf "%-22s %10s %10s %10s %12s\n", "1 TB over", "read s", "merge s", "ship s", "total"
    for (k = 1; k <= 2; k++) {
      E = (k == 1 ? 10 : 100); cores = E * C
      waves = int((n + cores - 1) / cores); read = waves * r
      merge = (n / cores + sqrt(n)) * m; ship = 2 * sqrt(n) * p / B
      total = read + merge + ship + S
      printf "%-22s %10.0f %10.1f %10.1f %9.1f min\n", E " executors x " C " cores", read, merge, ship, total / 60
    }
  }'
