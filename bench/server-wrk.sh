#!/usr/bin/env bash
# Requests/s, p99 latency and resident memory of `httpcodes serve` next to nginx, in one run with the same wrk
# settings, on 1 core and on 2 cores (taskset), with each server's access log on (to a file) and off:
#   /503, /status/200,503                  vs  nginx `return 503`
#   /en/codes/404 (where /codes/404 leads) and /api/v1/codes/404, plain and with Accept-Encoding: gzip
#                                          vs  nginx serving the same bytes as static files (`gzip on` for the gzip rows)
# Both logs are nginx "combined" to a file: ours with --access-log FILE, nginx with `access_log FILE combined
# buffer=64k`. After each log-on pass both servers are stopped and their log lines counted against the requests wrk
# saw answered (wrk does not count the answers still in flight when it stops, at most one per connection per run).
# 1 core: both servers on CPU 0, wrk on CPU 1. 2 cores: both servers on CPUs 0-1, and wrk shares them.
# nginx runs as the current user from a config made in a temporary directory, on a free port.
# Needs: wrk, nginx, taskset, curl, python3 (Debian: apt-get install wrk nginx-light util-linux curl python3).
# Usage: bench/server-wrk.sh [seconds per run, default 5] [connections, default 64]
# Run under `flock /tmp/bench.lock` on a shared machine.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
seconds=${1:-5}
connections=${2:-64}
warmup=${WARMUP:-3}
need wrk nginx taskset curl python3
work=$(mktemp -d)
ours_pid=
cleanup() {
  [ -n "$ours_pid" ] && kill -TERM "$ours_pid" 2>/dev/null && wait "$ours_pid" 2>/dev/null
  [ -f "$work/nginx.pid" ] && kill -QUIT "$(cat "$work/nginx.pid")" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
"$root/httpcodes" 404 >/dev/null # builds on first use



# start_ours CPUS LOOPS LOG|off: sets ours_pid and ours_base.
start_ours() {
  : > "$work/serve.err"
  taskset -c "$1" "$root/httpcodes" serve --port 0 --event-loops "$2" --access-log "$3" 2> "$work/serve.err" &
  ours_pid=$! # the launcher execs the JVM, so this is the server itself
  for _ in $(seq 300); do grep -q "serving http" "$work/serve.err" && break; sleep 0.1; done
  ours_base=$(grep -o "http://[0-9.:]*" "$work/serve.err" | head -1)
  [ -n "$ours_base" ] || { echo "server-wrk: httpcodes did not start:" >&2; cat "$work/serve.err" >&2; exit 1; }
}

stop_ours() {
  kill -TERM "$ours_pid" && wait "$ours_pid" || true
  ours_pid=
}

# start_nginx CPUS WORKERS LOG|off: sets nginx_base; nginx_pids lists master and workers.
start_nginx() {
  local port log_directive
  port=$(free_port)
  if [ "$3" = off ]; then log_directive="access_log off;"; else log_directive="access_log $3 combined buffer=64k;"; fi
  mkdir -p "$work/logs" "$work/tmp"
  cat > "$work/nginx.conf" <<CONF
worker_processes $2;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 4096; }
http {
  $log_directive
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  gzip on;
  gzip_types application/json text/plain;
  server {
    listen 127.0.0.1:$port;
    root $work/html;
    location = /return-503 { default_type text/plain; return 503 "503 Service Unavailable\n"; }
    location /en/ { default_type "text/html; charset=utf-8"; }
    location /api/ { default_type "application/json; charset=utf-8"; }
  }
}
CONF
  rm -f "$work/nginx.pid"
  taskset -c "$1" nginx -c "$work/nginx.conf" -p "$work" -e "$work/logs/error.log"
  for _ in $(seq 50); do [ -s "$work/nginx.pid" ] && break; sleep 0.1; done
  nginx_base="http://127.0.0.1:$port"
}

nginx_pids() {
  local master
  master=$(cat "$work/nginx.pid")
  echo "$master" $(pgrep -P "$master")
}

stop_nginx() {
  local master
  master=$(cat "$work/nginx.pid")
  kill -QUIT "$master" # graceful: workers write their log buffers out first
  for _ in $(seq 100); do kill -0 "$master" 2>/dev/null || break; sleep 0.1; done
  rm -f "$work/nginx.pid"
}

# The rows: label, our path, nginx's path, request header.
rows=(
  "/503|/503|/return-503|"
  "/status/200,503|/status/200,503|/return-503|"
  "/en/codes/404|/en/codes/404|/en/codes/404|"
  "/en/codes/404 gzip|/en/codes/404|/en/codes/404|Accept-Encoding: gzip"
  "/api/v1/codes/404|/api/v1/codes/404|/api/v1/codes/404|"
  "/api/v1/codes/404 gzip|/api/v1/codes/404|/api/v1/codes/404|Accept-Encoding: gzip"
)

# The static copies nginx serves: the very bytes of ours.
start_ours 0 1 off
mkdir -p "$work/html/en/codes" "$work/html/api/v1/codes"
curl -s "$ours_base/en/codes/404" > "$work/html/en/codes/404"
curl -s "$ours_base/api/v1/codes/404" > "$work/html/api/v1/codes/404"
stop_ours

cores_list="1 2"
[ "$(nproc)" -ge 2 ] || cores_list=1
printf "wrk -t2 -c%s -d%ss per row (after %ss untimed on every row); %s cores here, load average %s; page %s bytes, API %s bytes; RSS after the row\n" \
  "$connections" "$seconds" "$warmup" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)" "$(wc -c < "$work/html/en/codes/404")" \
  "$(wc -c < "$work/html/api/v1/codes/404")"
declare -A on_rps nginx_on_rps
for cores in $cores_list; do
  if [ "$cores" = 1 ]; then srv_cpus=0; wrk_cpus=1; else srv_cpus=0-1; wrk_cpus=0-1; fi
  for log in on off; do
    if [ "$log" = on ]; then
      ours_log="$work/ours-$cores.log"; nginx_log="$work/nginx-$cores.log"
      : > "$ours_log"; : > "$nginx_log"
    else
      ours_log=off; nginx_log=off
    fi
    start_ours "$srv_cpus" "$cores" "$ours_log"
    start_nginx "$srv_cpus" "$cores" "$nginx_log"
    ours_answered=0; nginx_answered=0
    echo
    echo "$cores core(s): servers on CPU $srv_cpus, wrk on CPU $wrk_cpus; access log $log; load average $(cut -d" " -f1 /proc/loadavg)"
    printf "%-24s %11s %7s %6s %11s %7s %6s %7s %s\n" "path" "httpcodes/s" "p99 ms" "RSS MB" "nginx/s" "p99 ms" \
      "RSS MB" "ratio" "$([ "$log" = off ] && echo "log on/off: httpcodes nginx")"
    # Untimed, every row before the first measurement: the JIT compiles the code all rows share first, and a row
    # measured early would otherwise pay for it.
    for row in "${rows[@]}"; do
      IFS='|' read -r label ourpath theirpath header <<< "$row"
      ours_answered=$((ours_answered + $(warm "$wrk_cpus" "$ours_base$ourpath" "$header")))
      nginx_answered=$((nginx_answered + $(warm "$wrk_cpus" "$nginx_base$theirpath" "$header")))
    done
    for row in "${rows[@]}"; do
      IFS='|' read -r label ourpath theirpath header <<< "$row"
      read -r a a99 an < <(bench_run "$wrk_cpus" "$ours_base$ourpath" "$header")
      ours_answered=$((ours_answered + an)); a_rss=$(rss_mb "$ours_pid")
      read -r b b99 bn < <(bench_run "$wrk_cpus" "$nginx_base$theirpath" "$header")
      nginx_answered=$((nginx_answered + bn)); b_rss=$(rss_mb $(nginx_pids))
      extra=
      if [ "$log" = on ]; then
        on_rps[$cores$label]=$a; nginx_on_rps[$cores$label]=$b
      else
        extra=$(awk -v a="${on_rps[$cores$label]}" -v b="${nginx_on_rps[$cores$label]}" -v c="$a" -v d="$b" \
          'BEGIN {printf "%.2fx %.2fx", a / c, b / d}')
      fi
      awk -v l="$label" -v a="$a" -v a99="$a99" -v ar="$a_rss" -v b="$b" -v b99="$b99" -v br="$b_rss" -v x="$extra" \
        'BEGIN {printf "%-24s %11d %7.2f %6d %11d %7.2f %6d %6.2fx %s\n", l, a, a99, ar, b, b99, br, a / b, x}'
    done
    stop_ours
    stop_nginx
    if [ "$log" = on ]; then
      # Every run ends with up to one answer per connection that wrk no longer counts.
      slack=$(( ${#rows[@]} * 2 * connections ))
      for who in httpcodes nginx; do
        if [ "$who" = httpcodes ]; then lines=$(wc -l < "$ours_log"); answered=$ours_answered
        else lines=$(wc -l < "$nginx_log"); answered=$nginx_answered; fi
        verdict=ok
        [ "$lines" -ge "$answered" ] && [ "$lines" -le $((answered + slack)) ] || verdict=MISMATCH
        printf "log lines, %-9s %10d for %10d answers counted by wrk (+%d; up to %d in flight at wrk's stops): %s\n" \
          "$who" "$lines" "$answered" $((lines - answered)) "$slack" "$verdict"
      done
      grep -h "dropped" "$work/serve.err" || true
    fi
  done
done
