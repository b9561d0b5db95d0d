#!/usr/bin/env bash
# JMH benchmarks of the core library, each next to its baseline measured in the same run:
#   RegistryLoadBenchmark  loading the registry      vs  only reading the resource's bytes
#   LookupBenchmark        find(404), parse, queries vs  a HashMap<Integer, List> get
#   SearchBenchmark        ranked search             vs  a substring scan of the same texts
# Usage: bench/run-jmh.sh [extra JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
./mvnw -q -B -Pbench -DskipTests -pl bench -am package
out=$(mktemp)
java -jar bench/target/benchmarks.jar -rf json -rff "$out" "$@"
python3 - "$out" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
def name(r):
    n = r["benchmark"].rsplit(".", 2)
    p = r.get("params") or {}
    return n[-2] + "." + n[-1] + (" [" + ",".join(f"{k}={v}" for k, v in p.items()) + "]" if p else "")
res = {name(r): (r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"], r["primaryMetric"]["scoreUnit"]) for r in rows}
print("\n%-62s %14s %10s" % ("benchmark", "score", "unit"))
for k, (s, e, u) in res.items():
    print("%-62s %8.2f ± %-6.2f %s" % (k, s, e, u))
pairs = [("RegistryLoadBenchmark.loadRegistry", "RegistryLoadBenchmark.baselineReadResourceBytes"),
         ("LookupBenchmark.findByInt", "LookupBenchmark.baselineHashMapGet")]
print("\nratios against the baseline of the same run:")
for a, b in pairs:
    ka = [k for k in res if k.startswith(a)]
    kb = [k for k in res if k.startswith(b)]
    if ka and kb:
        print("  %s / %s = %.1fx" % (a, b, res[ka[0]][0] / res[kb[0]][0]))
for k in res:
    if k.startswith("SearchBenchmark.rankedSearch"):
        base = k.replace("rankedSearch", "baselineSubstringScan")
        if base in res:
            print("  %s / substring scan = %.1fx" % (k, res[k][0] / res[base][0]))
PY
rm -f "$out"
