#!/usr/bin/env bash
# Cold-start time of `./httpcodes 404` against a Java hello-world on the same JDK, measured in the same run.
# Each command runs RUNS times (default 10) after one untimed run (which lets the launcher build the jar and its
# class-data-sharing archive); prints the median wall time of each and the ratio.
# Usage: bench/cli-startup.sh [RUNS]     (JAVA_HOME selects the JDK, as for the launcher)
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

"$root/httpcodes" 404 >/dev/null            # untimed: builds on first use and writes the CDS archive
"$java" -cp "$work" Hello >/dev/null

ms() { awk -v m="$(median_ms "$runs" "$@")" 'BEGIN {printf "%.1f", m}'; }
hello=$(ms "$java" -cp "$work" Hello)
lookup=$(ms "$root/httpcodes" 404)
json=$(ms "$root/httpcodes" --json 404)
echo "JDK: $("$java" -version 2>&1 | head -1)"
echo "runs per command: $runs (median wall time)"
echo "java Hello (baseline)      ${hello} ms"
echo "./httpcodes 404            ${lookup} ms"
echo "./httpcodes --json 404     ${json} ms"
awk -v a="$lookup" -v b="$hello" 'BEGIN {printf "ratio httpcodes 404 / hello: %.2fx (target <= 1.5x)\n", a / b}'
