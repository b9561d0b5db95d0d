#!/usr/bin/env bash
# Cold-start time of `./httpcodes 404` and of the distribution's `bin/httpcodes 404`, against a Java hello-world
# started with the same JVM flags (C1 only, no perf data), all measured in the same run.
# Each command runs RUNS times (default 10) after one untimed run (which lets the launchers build the jar and make
# their class archives); prints the median wall time of each and the ratios.
# Usage: flock /tmp/bench.lock bench/cli-startup.sh [RUNS]     (JAVA_HOME selects the JDK, as for the launchers)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
runs=${1:-10}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
JAVA
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$work" "$work/Hello.java"
flags=(-XX:TieredStopAtLevel=1 -XX:-UsePerfData)

"$root/httpcodes" 404 >/dev/null            # untimed: builds on first use and makes the class archive
# The distribution as a user unpacks it, with its archive in a cache directory of its own.
tar -xzf "$root"/cli/target/httpcodes-*.tar.gz -C "$work"
dist=$(echo "$work"/httpcodes-*/bin/httpcodes)
export XDG_CACHE_HOME="$work/cache"
"$dist" 404 >/dev/null 2>&1                 # untimed: makes the distribution's class archive
"$java" "${flags[@]}" -cp "$work" Hello >/dev/null

ms() { awk -v m="$(median_ms "$runs" "$@")" 'BEGIN {printf "%.1f", m}'; }
hello=$(ms "$java" "${flags[@]}" -cp "$work" Hello)
plain=$(ms "$java" -cp "$work" Hello)
lookup=$(ms "$root/httpcodes" 404)
distributed=$(ms "$dist" 404)
json=$(ms "$root/httpcodes" --json 404)
echo "JDK: $("$java" -version 2>&1 | head -1)"
echo "runs per command: $runs (median wall time)"
echo "java ${flags[*]} Hello (baseline)   ${hello} ms"
echo "java Hello (default flags)           ${plain} ms"
echo "./httpcodes 404                      ${lookup} ms"
echo "distribution bin/httpcodes 404       ${distributed} ms"
echo "./httpcodes --json 404               ${json} ms"
awk -v a="$lookup" -v d="$distributed" -v b="$hello" 'BEGIN {
  printf "ratio ./httpcodes 404 / hello:       %.2fx (target <= 1.3x)\n", a / b
  printf "ratio bin/httpcodes 404 / hello:     %.2fx (target <= 1.3x)\n", d / b }'
