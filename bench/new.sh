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

time_runs() {  # command... ; prints "median-wall-ms median-cpu-ms" (CPU = user + sys, fairer on a shared machine)
  local walls=() cpus=()
  for i in $(seq "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f '%e %U %S' -o "$work/t" "$@" >/dev/null 2>&1
    read -r e u s < "$work/t"
    walls+=("$(awk -v e="$e" 'BEGIN {print int(e * 1000)}')")
    cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print int((u + s) * 1000)}')")
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median)"
}

load=$(uptime | sed 's/.*load average/load average/')
read -r jv jvc <<<"$(time_runs java -version)"
read -r direct directc <<<"$(time_runs java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" new demo-service --batch --dir "$work/out")"
read -r launcher launcherc <<<"$(time_runs "$root/stratum" new demo-service --batch --dir "$work/out")"
read -r dry dryc <<<"$(time_runs "$root/stratum" new demo-service --batch --dry-run --dir "$work/out")"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1fx", a/b}'; }

body=$(mktemp)
{
  echo "## new"
  echo
  echo "Method: \`bench/new.sh $runs\`: median wall time of $runs runs, each a cold JVM; default features, output to a temp dir."
  machine
  echo "- $load when the run started (shared machine: CPU time is the fairer figure)"
  echo
  echo "| what | median wall ms | median CPU ms | wall vs java -version |"
  echo "|---|---:|---:|---:|"
  echo "| \`java -version\` (anchor) | $jv | $jvc | 1.0x |"
  echo "| \`java -jar stratum.jar new demo-service\` (no CDS archive) | $direct | $directc | $(ratio "$direct" "$jv") |"
  echo "| \`./stratum new demo-service\` (launcher: CDS archive, C1) | $launcher | $launcherc | $(ratio "$launcher" "$jv") |"
  echo "| \`./stratum new demo-service --dry-run\` | $dry | $dryc | $(ratio "$dry" "$jv") |"
  echo
  echo "Target: under 1000 ms to generate."
} > "$body"
write_section new "$body"
cat "$body"
