#!/usr/bin/env bash
# The same layer-access and cycle rules on real jars from Maven Central (spring-core, spring-context, spring-webmvc,
# hibernate-core 7.x), run (a) by `stratum check`, (b) by a minimal Java program calling ArchUnit directly and
# (c) as an ArchUnit JUnit 5 test via `mvn -q test`. Whole-process wall time and peak RSS (/usr/bin/time -v),
# median of RUNS runs each. Usage: bench/check.sh [RUNS] (default 3). Writes the "check" section of docs/benchmarks.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
. "$here/lib.sh"
runs=${1:-3}
rm -rf "$root/bench/out/check/src" "$root/bench/out/check/target"
out="$root/bench/out/check"
jars="$out/jars"
mkdir -p "$jars" "$out/b"
SPRING=${SPRING_VERSION:-7.0.10}
HIBERNATE=${HIBERNATE_VERSION:-7.4.13.Final}
ARCHUNIT=1.5.0

# Jars from Maven Central (cached in ~/.m2 after the first run).
for a in org.springframework:spring-core:$SPRING org.springframework:spring-context:$SPRING \
         org.springframework:spring-webmvc:$SPRING org.hibernate.orm:hibernate-core:$HIBERNATE; do
  mvn -B -q dependency:copy -Dartifact="$a" -DoutputDirectory="$jars" >/dev/null
done
mvn -B -q dependency:copy -Dartifact=com.tngtech.archunit:archunit:$ARCHUNIT -DoutputDirectory="$out/lib" >/dev/null
mvn -B -q dependency:copy -Dartifact=org.slf4j:slf4j-api:2.0.17 -DoutputDirectory="$out/lib" >/dev/null
mvn -B -q dependency:copy -Dartifact=org.slf4j:slf4j-nop:2.0.17 -DoutputDirectory="$out/lib" >/dev/null
jarlist=("$jars"/*.jar)

"$root/stratum" --version >/dev/null                       # build stratum.jar and its CDS archive outside the runs
javac -d "$out/b" -cp "$out/lib/archunit-$ARCHUNIT.jar" "$here/check/MinimalArchUnit.java"
cp -r "$here/check/pom.xml" "$here/check/src" "$out/" 2>/dev/null || true
(cd "$out" && mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile >/dev/null)   # resolve plugins once

measure() {  # label, command... : appends "ms kb" per run to $out/<label>.txt
  local label=$1; shift
  : > "$out/$label.txt"
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o "$out/time.txt" "$@" > "$out/$label.out" 2>&1 || true
    local wall kb
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/time.txt" | awk -F: '{ if (NF==3) s=$1*3600+$2*60+$3; else s=$1*60+$2; printf "%d", s*1000 }')
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%d", s*1000}' "$out/time.txt")
    echo "$wall $kb $cpu" >> "$out/$label.txt"
  done
}
med() { awk -v c="$2" '{print $c}' "$out/$1.txt" | median; }

# (a) runs the jar as the launcher does for check (CDS archive, default JIT), without the launcher's staleness check.
share=()
[ -f "$root/cli/target/stratum.jsa" ] && share=(-XX:SharedArchiveFile="$root/cli/target/stratum.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
run_three() {  # suffix, jars... : (a), (b), (c) on the given jars
  local sfx=$1; shift
  rm -rf "$out/jars-$sfx"; mkdir -p "$out/jars-$sfx"; cp "$@" "$out/jars-$sfx/"
  measure "a$sfx" java "${share[@]}" -jar "$root/cli/target/stratum.jar" check --config "$here/check/stratum.yaml" "$@" -f json:"$out/a$sfx.json" --exit-zero
  measure "b$sfx" java -cp "$out/b:$out/lib/*" MinimalArchUnit "$@"
  measure "c$sfx" bash -c "cd '$out' && mvn -B -q -o test -Dbench.jars='$out/jars-$sfx' -DargLine='-Dbench.jars=$out/jars-$sfx'"
}
ratio() { awk -v x="$1" -v y="$2" 'BEGIN {printf "%.2fx", x/y}'; }
mb() { awk -v k="$1" 'BEGIN {printf "%.0f", k/1024}'; }
table() {  # suffix, title
  local sfx=$1 a_ms b_ms c_ms a_cpu b_cpu c_cpu findings
  a_ms=$(med "a$sfx" 1); b_ms=$(med "b$sfx" 1); c_ms=$(med "c$sfx" 1)
  a_cpu=$(med "a$sfx" 3); b_cpu=$(med "b$sfx" 3); c_cpu=$(med "c$sfx" 3)
  findings=$(python3 -c "import json,sys;print(len(json.load(open(sys.argv[1]))['findings']))" "$out/a$sfx.json")
  echo "$2"
  echo
  echo "| run | wall ms | CPU ms (user+sys) | peak RSS MiB | wall vs (b) | wall vs (c) | CPU vs (b) | CPU vs (c) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  echo "| (a) \`stratum check\` (json report, $findings findings) | $a_ms | $a_cpu | $(mb "$(med "a$sfx" 2)") | $(ratio "$a_ms" "$b_ms") | $(ratio "$a_ms" "$c_ms") | $(ratio "$a_cpu" "$b_cpu") | $(ratio "$a_cpu" "$c_cpu") |"
  echo "| (b) minimal Java program calling ArchUnit ($(tail -1 "$out/b$sfx.out")) | $b_ms | $b_cpu | $(mb "$(med "b$sfx" 2)") | 1.00x | $(ratio "$b_ms" "$c_ms") | 1.00x | $(ratio "$b_cpu" "$c_cpu") |"
  echo "| (c) ArchUnit rules in a JUnit 5 test via \`mvn -q -o test\` | $c_ms | $c_cpu | $(mb "$(med "c$sfx" 2)") | $(ratio "$c_ms" "$b_ms") | 1.00x | $(ratio "$c_cpu" "$b_cpu") | 1.00x |"
  echo
}

run_three "" "${jarlist[@]}"
run_three "-small" "$jars/spring-core-$SPRING.jar"
load=$(cut -d' ' -f1-3 /proc/loadavg)

body=$(mktemp)
{
  echo "## check"
  echo
  echo "Method: \`bench/check.sh $runs\`: median of $runs run(s) each; whole-process wall time, CPU time and peak RSS from"
  echo "\`/usr/bin/time -v\`. Input: spring-core, spring-context, spring-webmvc $SPRING and hibernate-core $HIBERNATE"
  echo "from Maven Central; rules: the layer access and cycle rules of bench/check/stratum.yaml in all three."
  machine
  echo "- load average after the runs: $load (the machine is shared with other builds; compare ratios within one table)"
  echo
  table "" "All four jars:"
  table "-small" "spring-core alone (a small code base, where start-up costs dominate):"
  echo "Targets: (a) within 1.15x of (b); (a) at least 3x faster than (c)."
  echo "(b) and (c) use ArchUnit's defaults (missing dependencies resolved from the class path); Stratum imports"
  echo "only the given classes (\`resolveMissingDependenciesFromClassPath=false\`) and maps every violation to a finding."
} > "$body"
write_section check "$body"
cat "$body"
