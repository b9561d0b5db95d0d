#!/usr/bin/env bash
# Requests/s and p99 latency of the test endpoints /503 and /status/200,503 of `httpcodes serve`, next to nginx
# answering `return 503` on this machine, measured in the same run with the same wrk settings.
# Target (issue 5): at least half of nginx's throughput.
# Needs: wrk and nginx (Debian: apt-get install wrk nginx-light).
# Usage: bench/endpoints-wrk.sh [seconds per run, default 10] [connections, default 64]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
seconds=${1:-10}
connections=${2:-64}
need wrk nginx curl python3
work=$(mktemp -d)
trap 'stop_all "$work"' EXIT

start_server "$root" "$work"
start_nginx "$work" "server { listen 127.0.0.1:@PORT@; location / { return 503 \"503 Service Unavailable\"; } }"

# Warm-up, untimed: the JIT compiles the hot paths before anything is measured.
for url in "$base/503" "$base/status/200,503" "http://127.0.0.1:$nginx_port/"; do
  wrk -t2 -c"$connections" -d3s "$url" >/dev/null
done

printf "wrk -t2 -c%s -d%ss on %s cores (wrk, nginx and the server share them)\n" "$connections" "$seconds" "$(nproc)"
read -r nginx nginx_p99 < <(wrk_run "$seconds" "$connections" "http://127.0.0.1:$nginx_port/")
printf "%-32s %12s %10s\n" "target" "requests/s" "p99 ms"
printf "%-32s %12s %10s\n" "nginx: return 503" "$nginx" "$nginx_p99"
for path in /503 "/status/200,503"; do
  read -r ours ours_p99 < <(wrk_run "$seconds" "$connections" "$base$path")
  printf "%-32s %12s %10s\n" "httpcodes $path" "$ours" "$ours_p99"
  awk -v a="$ours" -v b="$nginx" -v p="$path" 'BEGIN {printf "%-32s %11.2fx (target >= 0.5x)\n", "ratio " p " / nginx", a / b}'
done
