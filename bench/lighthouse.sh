#!/usr/bin/env bash
# Lighthouse SEO and accessibility scores of the web reference, in Debian's headless Chromium.
#   bench/lighthouse.sh [PATH ...]     (default: home, an entry, a search and an error page in both languages)
# Lighthouse (npm) is installed once into a cache outside the repository; Chromium comes from /usr/bin/chromium.
# Prints one line per page: "seo accessibility path".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
cache=${XDG_CACHE_HOME:-$HOME/.cache}/httpcodes-bench/lighthouse
if [ ! -x "$cache/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$cache"
  (cd "$cache" && npm install --silent --no-audit --no-fund lighthouse@12 >/dev/null)
fi
work=$(mktemp -d)
trap 'stop_all "$work"' EXIT
start_server "$root" "$work"
paths=("$@")
# Error pages (/codes/299 answers 404) are left out: Lighthouse refuses to score a page whose status is not 2xx, so
# axe-core covers them (AccessibilityTest). Search pages carry noindex on purpose, so their SEO score lacks the
# "is crawlable" audit by design.
[ ${#paths[@]} -gt 0 ] || paths=(/en /zh /en/codes/502 /zh/codes/502 /en/codes/404.13 /zh/which /en/compare/401/403 \
  "/en/search?q=rate+limit" "/zh/search?q=%E9%99%90%E6%B5%81")
printf '%-5s %-5s %s\n' seo a11y path
for p in "${paths[@]}"; do
  for form in desktop mobile; do
    preset=(); [ "$form" = desktop ] && preset=(--preset=desktop)
    CHROME_PATH=/usr/bin/chromium "$cache/node_modules/.bin/lighthouse" "$base$p" "${preset[@]}" --quiet \
      --only-categories=seo,accessibility --output=json --output-path="$work/lh.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || { echo "lighthouse failed on $p"; continue; }
    python3 - "$work/lh.json" "$p ($form)" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["categories"]
fails = [a for cat in c.values() for ref in cat["auditRefs"] for a in [r["audits"][ref["id"]]]
         if ref["weight"] > 0 and a.get("score") is not None and a["score"] < 1]
print(f'{round(c["seo"]["score"]*100):<5} {round(c["accessibility"]["score"]*100):<5} {sys.argv[2]}'
      + "".join(f'\n      - {a["id"]}: {a["title"]}' for a in fails))
PY
  done
done
