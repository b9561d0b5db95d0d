#!/usr/bin/env bash
# Requests/s and p99 latency of `httpcodes serve` for /api/v1/codes/404 and /codes/404, next to nginx serving a
# static file of the same bytes on this machine, measured in the same run with the same wrk settings.
# Needs: wrk and nginx (Debian: apt-get install wrk nginx-light).
# Usage: bench/server-wrk.sh [seconds per run, default 10] [connections, default 64]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
seconds=${1:-10}
connections=${2:-64}
need wrk nginx curl python3
work=$(mktemp -d)
trap 'stop_all "$work"' EXIT

start_server "$root" "$work"
mkdir -p "$work/html/codes" "$work/html/api/v1/codes"
curl -s "$base/api/v1/codes/404" > "$work/html/api/v1/codes/404"
curl -s "$base/codes/404" > "$work/html/codes/404"
start_nginx "$work" "server { listen 127.0.0.1:@PORT@; root $work/html; }"

# Warm-up, untimed: the JIT compiles the hot paths before anything is measured.
for url in "$base/api/v1/codes/404" "$base/codes/404" "http://127.0.0.1:$nginx_port/codes/404"; do
  wrk -t2 -c"$connections" -d3s "$url" >/dev/null
done

printf "wrk -t2 -c%s -d%ss on %s cores; response sizes: API %s bytes, page %s bytes\n" "$connections" "$seconds" \
  "$(nproc)" "$(wc -c < "$work/html/api/v1/codes/404")" "$(wc -c < "$work/html/codes/404")"
printf "%-28s %12s %10s\n" "target" "requests/s" "p99 ms"
for path in /api/v1/codes/404 /codes/404; do
  read -r ours ours_p99 < <(wrk_run "$seconds" "$connections" "$base$path")
  read -r theirs theirs_p99 < <(wrk_run "$seconds" "$connections" "http://127.0.0.1:$nginx_port$path")
  printf "%-28s %12s %10s\n" "httpcodes $path" "$ours" "$ours_p99"
  printf "%-28s %12s %10s\n" "nginx static, same size" "$theirs" "$theirs_p99"
  awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%-28s %11.2fx\n", "ratio httpcodes/nginx", a / b}'
done
