#!/usr/bin/env bash
# Wall time of `stratum new` (generation only, cold JVM each run) against `java -version` on the same machine.
# Usage: bench/new.sh [RUNS]   (default 10). Writes the "new" section of docs/benchmarks.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
. "$here/lib.sh"
runs=${1:-10}
"$root/stratum" --version >/dev/null          # build the jar once, outside the measurement
jar="$root/cli/target/stratum.jar"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

time_runs() {  # label, command... ; prints the median in ms
  local samples=()
  for i in $(seq "$runs"); do
    rm -rf "$work/out"
    local t0; t0=$(now_ms)
    "$@" >/dev/null 2>&1
    samples+=($(( $(now_ms) - t0 )))
  done
  printf '%s\n' "${samples[@]}" | median
}

jv=$(time_runs java -version)
direct=$(time_runs java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" new demo-service --batch --dir "$work/out")
launcher=$(time_runs "$root/stratum" new demo-service --batch --dir "$work/out")
dry=$(time_runs "$root/stratum" new demo-service --batch --dry-run --dir "$work/out")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1fx", a/b}'; }

body=$(mktemp)
{
  echo "## new"
  echo
  echo "Method: \`bench/new.sh $runs\`: median wall time of $runs runs, each a cold JVM; default features, output to a temp dir."
  machine
  echo
  echo "| what | median ms | vs java -version |"
  echo "|---|---:|---:|"
  echo "| \`java -version\` (anchor) | $jv | 1.0x |"
  echo "| \`java -jar stratum.jar new demo-service\` | $direct | $(ratio "$direct" "$jv") |"
  echo "| \`./stratum new demo-service\` (launcher incl. staleness check) | $launcher | $(ratio "$launcher" "$jv") |"
  echo "| \`./stratum new demo-service --dry-run\` | $dry | $(ratio "$dry" "$jv") |"
  echo
  echo "Target: under 1000 ms to generate."
} > "$body"
write_section new "$body"
cat "$body"
