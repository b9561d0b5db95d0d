#!/usr/bin/env bash
# Requests/s and p99 latency of `httpcodes serve`, each next to nginx on this machine in the same run with the same
# wrk settings:
#   /api/v1/codes/404 and /codes/404  vs  nginx serving the same bytes as static files
#   /503 and /status/200,503          vs  nginx `return 503` (issue 5's target: at least half of nginx)
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
start_nginx "$work" "server { listen 127.0.0.1:@PORT@; root $work/html;
    location = /return-503 { return 503 \"503 Service Unavailable\"; } }"
ours() { echo "$base$1"; }
theirs() { echo "http://127.0.0.1:$nginx_port$1"; }

# Warm-up, untimed: the JIT compiles the hot paths of both servers before anything is measured.
for url in "$(ours /api/v1/codes/404)" "$(ours /codes/404)" "$(ours /503)" "$(ours /status/200,503)" \
    "$(theirs /codes/404)" "$(theirs /return-503)"; do
  wrk -t2 -c"$connections" -d3s "$url" >/dev/null
done

printf "wrk -t2 -c%s -d%ss on %s cores (wrk, nginx and the server share them); sizes: API %s bytes, page %s bytes\n" \
  "$connections" "$seconds" "$(nproc)" "$(wc -c < "$work/html/api/v1/codes/404")" "$(wc -c < "$work/html/codes/404")"
printf "%-36s %12s %10s %12s %10s %8s\n" "httpcodes path  vs  nginx" "httpcodes/s" "p99 ms" "nginx/s" "p99 ms" "ratio"
compare() {
  read -r a a99 < <(wrk_run "$seconds" "$connections" "$(ours "$1")")
  read -r b b99 < <(wrk_run "$seconds" "$connections" "$(theirs "$2")")
  awk -v l="$1  vs  $3" -v a="$a" -v a99="$a99" -v b="$b" -v b99="$b99" \
    'BEGIN {printf "%-36s %12s %10s %12s %10s %7.2fx\n", l, a, a99, b, b99, a / b}'
}
compare /api/v1/codes/404 /api/v1/codes/404 "same bytes, static"
compare /codes/404 /codes/404 "same bytes, static"
compare /503 /return-503 "return 503"
compare "/status/200,503" /return-503 "return 503"
