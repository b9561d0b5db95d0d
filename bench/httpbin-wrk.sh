#!/usr/bin/env bash
# Requests/s, p99 latency and resident memory of `httpcodes serve` next to go-httpbin, in one run with the same wrk
# settings, on the three paths issue 14 names: /status/503, /get and /anything (plus /anything with a 1 KiB JSON
# body). go-httpbin always logs every request (to standard error, sent to /dev/null here, so it still formats each
# line); ours runs once with its access log off and once with it on to a file, the fair comparison.
# 1 core: both servers on CPU 0, wrk on CPU 1. 2 cores: both on CPUs 0-1, and wrk shares them.
#
# go-httpbin is not built here (this project builds no code from another project): pass the path of a go-httpbin
# binary you built yourself, e.g. from a checkout of github.com/mccutchen/go-httpbin at v2.14.0 with Debian's
# golang-go: `go build -o /tmp/go-httpbin ./cmd/go-httpbin`.
# Needs: wrk, taskset, curl, python3.
# Usage: bench/httpbin-wrk.sh GO_HTTPBIN_BINARY [seconds per run, default 5] [connections, default 64]
# Run under `flock /tmp/bench.lock` on a shared machine.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
gohttpbin=${1:?usage: bench/httpbin-wrk.sh GO_HTTPBIN_BINARY [seconds] [connections]}
seconds=${2:-5}
connections=${3:-64}
warmup=${WARMUP:-3}
need wrk taskset curl python3
[ -x "$gohttpbin" ] || { echo "httpbin-wrk: $gohttpbin is not an executable" >&2; exit 2; }
work=$(mktemp -d)
ours_pid=
theirs_pid=
cleanup() {
  [ -n "$ours_pid" ] && kill -TERM "$ours_pid" 2>/dev/null && wait "$ours_pid" 2>/dev/null
  [ -n "$theirs_pid" ] && kill -TERM "$theirs_pid" 2>/dev/null && wait "$theirs_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
"$root/httpcodes" 404 >/dev/null # builds on first use
printf '{"name":"%s","items":[%s]}' "$(printf 'x%.0s' $(seq 200))" \
  "$(seq -s, 1 150)" > "$work/body.json"
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/body.json", "rb"); wrk.body = f:read("*a"); f:close()
LUA

# start_ours CPUS LOOPS LOG|off
start_ours() {
  : > "$work/serve.err"
  taskset -c "$1" "$root/httpcodes" serve --port 0 --event-loops "$2" --access-log "$3" 2> "$work/serve.err" &
  ours_pid=$!
  for _ in $(seq 300); do grep -q "serving http" "$work/serve.err" && break; sleep 0.1; done
  ours_base=$(grep -o "http://[0-9.:]*" "$work/serve.err" | head -1)
  [ -n "$ours_base" ] || { echo "httpbin-wrk: httpcodes did not start:" >&2; cat "$work/serve.err" >&2; exit 1; }
}

# start_theirs CPUS: go-httpbin on a free port, GOMAXPROCS as many as its CPUs.
start_theirs() {
  local port procs
  port=$(free_port)
  procs=$(awk -F, '{print NF}' <<< "$1")
  [[ "$1" == *-* ]] && procs=2
  GOMAXPROCS=$procs taskset -c "$1" "$gohttpbin" -host 127.0.0.1 -port "$port" 2>/dev/null &
  theirs_pid=$!
  theirs_base="http://127.0.0.1:$port"
  for _ in $(seq 100); do curl -s -o /dev/null "$theirs_base/get" && break; sleep 0.1; done
}

stop() {
  kill -TERM "$1" && wait "$1" || true
}

# bench_post WRK_CPUS URL: like bench_run, with the JSON body.
bench_post() {
  taskset -c "$1" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/post.lua" "$2" | awk '
    /requests in/ {n=$1}
    /Requests\/sec/ {rps=$2}
    /^ +99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; p99=v}
    END {printf "%.0f %.2f %d\n", rps, p99, n}'
}

rows=("/status/503|get" "/get|get" "/anything|get" "/anything (POST 1 KiB JSON)|post")
printf "wrk -t2 -c%s -d%ss per row (after %ss untimed); load average %s; RSS after the row\n" \
  "$connections" "$seconds" "$warmup" "$(cut -d" " -f1 /proc/loadavg)"
for cores in 1 2; do
  if [ "$cores" = 1 ]; then srv_cpus=0; wrk_cpus=1; loops=1; else srv_cpus=0-1; wrk_cpus=0-1; loops=2; fi
  for log in off "$work/access.log"; do
    start_ours "$srv_cpus" "$loops" "$log"
    start_theirs "$srv_cpus"
    echo
    echo "$cores core(s): servers on CPU $srv_cpus, wrk on CPU $wrk_cpus; our access log: ${log/$work\//}"
    printf "%-30s %16s %16s %8s\n" path "ours req/s p99" "go-httpbin" ratio
    for row in "${rows[@]}"; do
      IFS='|' read -r label kind <<< "$row"
      path=${label%% *}
      if [ "$kind" = post ]; then
        read -r a a99 _ < <(bench_post "$wrk_cpus" "$ours_base$path")
        read -r b b99 _ < <(bench_post "$wrk_cpus" "$theirs_base$path")
      else
        warm "$wrk_cpus" "$ours_base$path" >/dev/null
        warm "$wrk_cpus" "$theirs_base$path" >/dev/null
        read -r a a99 _ < <(bench_run "$wrk_cpus" "$ours_base$path")
        read -r b b99 _ < <(bench_run "$wrk_cpus" "$theirs_base$path")
      fi
      printf "%-30s %8s %6sms %8s %6sms %7.2fx\n" "$label" "$a" "$a99" "$b" "$b99" \
        "$(python3 -c "print($a / max($b, 1))")"
    done
    echo "RSS: ours $(rss_mb "$ours_pid") MB, go-httpbin $(rss_mb "$theirs_pid") MB"
    stop "$ours_pid"; ours_pid=
    stop "$theirs_pid"; theirs_pid=
    rm -f "$work/access.log"
  done
done
