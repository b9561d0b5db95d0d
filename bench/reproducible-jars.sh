#!/usr/bin/env bash
# Two builds of core from two clones of the current commit, in different directories and at different times, must
# give byte-identical jars (main, sources and javadoc; also the knowledge compiler's, which core is built with).
# project.build.outputTimestamp in the parent pom is what makes the entries' times fixed. About a minute on
# two cores (two builds), so not part of CI; run it after touching the build.
# Usage: bench/reproducible-jars.sh      (builds offline from ~/.m2, like the tests; JAVA_HOME selects the JDK)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for build in first second; do
  git clone -q "$root" "$work/$build"
  (cd "$work/$build" && ./mvnw -o -q -B -DskipTests -pl core -am package >"$work/$build.log" 2>&1) || {
    echo "the $build build failed:"; cat "$work/$build.log"; exit 1; }
done

status=0
count=0
for jar in "$work"/first/{knowledge-compiler,core}/target/*.jar; do
  other="$work/second/${jar#"$work/first/"}"
  count=$((count + 1))
  if cmp -s "$jar" "$other"; then
    echo "identical  ${jar#"$work/first/"}"
  else
    echo "DIFFERENT  ${jar#"$work/first/"}"
    status=1
  fi
done
[ "$count" -gt 0 ] || { echo "no jars were built"; exit 1; }
echo "commit $(git -C "$root" rev-parse --short HEAD): $count jars compared"
exit "$status"
