#!/usr/bin/env bash
# Requests/s and p99 latency of `httpcodes serve` for /api/v1/codes/404 and /codes/404, next to nginx serving a
# static file of the same size on this machine, measured in the same run with the same wrk settings.
# Needs: wrk and nginx (Debian: apt-get install wrk nginx-light).
# Usage: bench/server-wrk.sh [seconds per run, default 10] [connections, default 64]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-10}
connections=${2:-64}
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "bench/server-wrk.sh: $tool is not installed" >&2; exit 2; }
done
work=$(mktemp -d)
cleanup() {
  [ -n "${server_pid:-}" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$root/httpcodes" 404 >/dev/null   # builds on first use
"$root/httpcodes" serve --port 0 --access-log off 2> "$work/serve.log" &
server_pid=$!
for _ in $(seq 150); do grep -q "serving http" "$work/serve.log" && break; sleep 0.2; done
base=$(grep -o "http://[0-9.:]*" "$work/serve.log" | head -1)

# nginx serves byte-identical copies of the two responses as static files.
mkdir -p "$work/html/codes" "$work/html/api/v1/codes" "$work/logs"
curl -s "$base/api/v1/codes/404" > "$work/html/api/v1/codes/404"
curl -s "$base/codes/404" > "$work/html/codes/404"
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/octet-stream;
  server { listen 127.0.0.1:$nginx_port; root $work/html; }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"
sleep 0.5

# One wrk run; prints "requests/s p99_ms".
run() {
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$1" | awk '
    /Requests\/sec/ {rps=$2}
    /^ +99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; p99=v}
    END {printf "%.0f %.2f\n", rps, p99}'
}

# Warm-up, untimed: the JIT compiles the hot paths of both servers before anything is measured.
for url in "$base/503" "$base/status/200,503" "$base/api/v1/codes/404" "$base/codes/404" "http://127.0.0.1:$nginx_port/"; do
  wrk -t2 -c"$connections" -d3s "$url" >/dev/null
done

printf "wrk -t2 -c%s -d%ss on %s cores; response sizes: API %s bytes, page %s bytes\n" "$connections" "$seconds" \
  "$(nproc)" "$(wc -c < "$work/html/api/v1/codes/404")" "$(wc -c < "$work/html/codes/404")"
printf "%-28s %12s %10s\n" "target" "requests/s" "p99 ms"
for path in /api/v1/codes/404 /codes/404; do
  read -r ours ours_p99 < <(run "$base$path")
  read -r theirs theirs_p99 < <(run "http://127.0.0.1:$nginx_port$path")
  printf "%-28s %12s %10s\n" "httpcodes $path" "$ours" "$ours_p99"
  printf "%-28s %12s %10s\n" "nginx static, same size" "$theirs" "$theirs_p99"
  awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%-28s %11.2fx\n", "ratio httpcodes/nginx", a / b}'
done
