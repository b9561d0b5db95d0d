#!/usr/bin/env bash
# `httpcodes logs --json` across log shapes (bench/gen-log-shapes.py, fixed seed), next to the baselines a user
# would reach for, each measured in the same run: `LC_ALL=C gawk '{print $9}' | sort | uniq -c` (zcat-fed for
# gzip), `cat > /dev/null` (zcat for gzip: the cost of just reading), and GoAccess writing its JSON report (for the
# formats it reads). Wall time and max RSS from /usr/bin/time; one run per cell (RUNS for more, the median kept).
# Run it alone: flock /tmp/bench.lock bench/logs-sweep.sh [LINES per shape, default 1000000] [RUNS, default 1]
# Needs: gawk, goaccess, python3, /usr/bin/time (Debian: apt-get install gawk goaccess time).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
lines=${1:-1000000}
runs=${2:-1}
need gawk goaccess python3 /usr/bin/time
data="${TMPDIR:-/tmp}/httpcodes-sweep-$lines"
mkdir -p "$data"
for shape in browser short errors json iis alb cloudfront; do
  [ -f "$data/$shape.log" ] || python3 "$root/bench/gen-log-shapes.py" "$shape" "$lines" "$data/$shape.log"
done
[ -f "$data/browser.log.gz" ] || gzip -c -6 "$data/browser.log" > "$data/browser.log.gz"
# ALB logs are delivered gzipped: that is the row to compare (awk's $9 is elb_status_code there too).
[ -f "$data/alb.log.gz" ] || gzip -c -6 "$data/alb.log" > "$data/alb.log.gz"
# So are CloudFront's; sc-status is the ninth field there as well.
[ -f "$data/cloudfront.log.gz" ] || gzip -c -6 "$data/cloudfront.log" > "$data/cloudfront.log.gz"
"$root/httpcodes" 404 >/dev/null   # builds on first use

# measure CMD…: "seconds max_rss_MiB" (median wall time of RUNS runs; RSS of the last).
measure() {
  local best=() rss=0 out
  for _ in $(seq "$runs"); do
    out=$(/usr/bin/time -f "%e %M" bash -c "$1" 2>&1 >/dev/null | tail -1)
    best+=("${out% *}")
    rss=${out#* }
  done
  local median
  median=$(printf '%s\n' "${best[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $((rss / 1024))"
}

printf "%-12s %9s | %-16s %-16s | %-16s %-16s %-16s | %7s %7s %7s %7s\n" shape size "ours 1 thread" \
  "ours 2 threads" "awk pipeline" "cat" "goaccess" "awk/1t" "awk/2t" "2t/cat" "goa/2t"
for file in browser.log short.log errors.log json.log iis.log browser.log.gz alb.log.gz cloudfront.log.gz; do
  f="$data/$file"
  cat "$f" > /dev/null
  case $file in
    *.gz) read_cmd="zcat '$f'"; awk_cmd="zcat '$f' | LC_ALL=C gawk '{print \$9}' | sort | uniq -c" ;;
    *) read_cmd="cat '$f'"; awk_cmd="LC_ALL=C gawk '{print \$9}' '$f' | sort | uniq -c" ;;
  esac
  case $file in
    browser.log | errors.log) goa="goaccess '$f' --log-format=COMBINED" ;;
    short.log) goa="goaccess '$f' --log-format=COMMON" ;;
    iis.log) goa="goaccess '$f' --log-format=W3C" ;;
    browser.log.gz) goa="zcat '$f' | goaccess - --log-format=COMBINED" ;;
    *) goa="" ;;
  esac
  one=$(measure "'$root/httpcodes' logs --json --threads 1 '$f'")
  two=$(measure "'$root/httpcodes' logs --json --threads 2 '$f'")
  awk_r=$(measure "$awk_cmd")
  cat_r=$(measure "$read_cmd > /dev/null")
  if [ -n "$goa" ]; then
    goa_r=$(measure "$goa -o '$data/goaccess.json' --no-progress")
  else
    goa_r="- -"
  fi
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2fx", a / b }'; }
  cell() { set -- $1; echo "$1 s, $2 MiB"; }
  printf "%-12s %9s | %-16s %-16s | %-16s %-16s %-16s | %7s %7s %7s %7s\n" "$file" "$(du -h "$f" | cut -f1)" \
    "$(cell "$one")" "$(cell "$two")" "$(cell "$awk_r")" "$(cell "$cat_r")" "$(cell "$goa_r")" \
    "$(ratio "${awk_r% *}" "${one% *}")" "$(ratio "${awk_r% *}" "${two% *}")" \
    "$(ratio "${two% *}" "${cat_r% *}")" "$(ratio "${goa_r% *}" "${two% *}")"
done
echo "($(nproc) cores, $lines lines per shape, $(java -version 2>&1 | head -1))"
