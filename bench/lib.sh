#!/usr/bin/env bash
# Shared by the benchmark scripts (sourced, not run). Each function says what it needs.

# median_ms RUNS CMD…: median wall time of CMD in milliseconds over RUNS runs (output discarded).
median_ms() {
  local runs=$1 times=() start end
  shift
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# start_server ROOT WORKDIR: starts `httpcodes serve` on a free port; sets server_pid and base (http://host:port).
start_server() {
  "$1/httpcodes" 404 >/dev/null   # builds on first use
  "$1/httpcodes" serve --port 0 --access-log off 2> "$2/serve.log" &
  server_pid=$!
  for _ in $(seq 150); do grep -q "serving http" "$2/serve.log" && break; sleep 0.2; done
  base=$(grep -o "http://[0-9.:]*" "$2/serve.log" | head -1)
}

# start_nginx WORKDIR SERVER_BLOCK: starts nginx with two workers on a free port running SERVER_BLOCK (where
# @PORT@ stands for the port); sets nginx_port.
start_nginx() {
  mkdir -p "$1/logs"
  nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  cat > "$1/nginx.conf" <<CONF
worker_processes 2;
pid $1/nginx.pid;
error_log $1/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/octet-stream;
  ${2//@PORT@/$nginx_port}
}
CONF
  nginx -c "$1/nginx.conf" -p "$1"
  sleep 0.5
}

# stop_all WORKDIR: stops what start_server and start_nginx started.
stop_all() {
  [ -n "${server_pid:-}" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  [ -f "$1/nginx.pid" ] && kill "$(cat "$1/nginx.pid")" 2>/dev/null
  rm -rf "$1"
}

# wrk_run SECONDS CONNECTIONS URL: prints "requests/s p99_ms".
wrk_run() {
  wrk -t2 -c"$2" -d"$1s" --latency "$3" | awk '
    /Requests\/sec/ {rps=$2}
    /^ +99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; p99=v}
    END {printf "%.0f %.2f\n", rps, p99}'
}

# combined_log ROOT SIZE_MB: prints the path of a generated combined log of that size, made once per machine
# (in $TMPDIR) with bench/gen-combined-log.py; needs python3.
combined_log() {
  local log="${TMPDIR:-/tmp}/httpcodes-bench-${2}m.log"
  if [ ! -f "$log" ]; then
    echo "generating $log ..." >&2
    python3 "$1/bench/gen-combined-log.py" "$log" "$2" >&2
  fi
  echo "$log"
}

# need TOOL…: exits 2 naming the first tool that is not installed.
need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "${0##*/}: $tool is not installed" >&2; exit 2; }
  done
}

# The wrk helpers below read the caller's $connections, $seconds and $warmup; they need wrk, taskset, python3.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# rss_mb PID…: resident memory of these processes together, in MB.
rss_mb() {
  local kb=0 p
  for p in "$@"; do
    kb=$((kb + $(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)))
  done
  echo $((kb / 1024))
}
# bench_run WRK_CPUS URL [HEADER]: prints "requests/s p99_ms requests_answered".
bench_run() {
  local cpus=$1 url=$2 header=${3:-}
  local args=(-t2 -c"$connections" -d"${seconds}s" --latency)
  [ -n "$header" ] && args+=(-H "$header")
  taskset -c "$cpus" wrk "${args[@]}" "$url" | awk '
    /requests in/ {n=$1}
    /Requests\/sec/ {rps=$2}
    /^ +99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; p99=v}
    END {printf "%.0f %.2f %d\n", rps, p99, n}'
}

# warm WRK_CPUS URL [HEADER]: untimed load so the JIT has compiled the path; prints the requests answered.
warm() {
  local cpus=$1 url=$2 header=${3:-}
  local args=(-t2 -c"$connections" -d"${warmup}s")
  [ -n "$header" ] && args+=(-H "$header")
  taskset -c "$cpus" wrk "${args[@]}" "$url" | awk '/requests in/ {print $1}'
}

