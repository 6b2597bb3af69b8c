#!/usr/bin/env bash
# stratum audit on ~1M lines of real sources (Maven Central -sources.jars), against PMD 7.27.0 (quickstart ruleset)
# and a bare parallel JavaParser parse (the floor). Whole-process wall time, lines/s and peak RSS (/usr/bin/time -v).
# Usage: bench/audit.sh [--report]   Writes the "audit" section of docs/benchmarks.md; --report only re-renders it
# from the last run's measurements. Corpus and tools go to bench/out/ (git-ignored).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
. "$here/lib.sh"
out="$root/bench/out/audit"
corpus="$out/corpus"
mkdir -p "$out"
[ -x /usr/bin/time ] || { echo "bench/audit.sh needs GNU time: apt-get install -y time" >&2; exit 2; }

artifacts=(
  org.springframework:spring-core:7.0.10
  org.springframework:spring-context:7.0.10
  org.springframework:spring-webmvc:7.0.10
  org.hibernate.orm:hibernate-core:7.4.13.Final
  org.keycloak:keycloak-services:26.4.0
)
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus" "$out/jars"
  mkdir -p "$corpus" "$out/jars"
  for a in "${artifacts[@]}"; do
    IFS=: read -r g art v <<<"$a"
    mvn -B -q dependency:copy -Dartifact="$g:$art:$v:jar:sources" -DoutputDirectory="$out/jars" >/dev/null
    mkdir -p "$corpus/$art"
    (cd "$corpus/$art" && unzip -q -o "$out/jars/$art-$v-sources.jar" '*.java')
  done
  touch "$corpus/.complete"
fi
if [ ! -d "$out/pmd/lib" ]; then
  mvn -B -q -f "$here/audit/pmd-pom.xml" dependency:copy-dependencies -DoutputDirectory="$out/pmd/lib" >/dev/null
fi
javaparser=$(ls "$HOME"/.m2/repository/com/github/javaparser/javaparser-core/3.28.2/javaparser-core-3.28.2.jar)

"$root/stratum" --version >/dev/null   # build the jar outside the measurement
jar="$root/cli/target/stratum.jar"
files=$(find "$corpus" -name '*.java' | wc -l)
lines=$(find "$corpus" -name '*.java' -print0 | xargs -0 cat | wc -l)

report_only=false
[ "${1:-}" = "--report" ] && report_only=true

measure() {  # label, command...: runs it under /usr/bin/time -v (unless --report), prints "wall_s rss_mib cpu_s"
  local log="$out/$1.time"
  shift
  $report_only || /usr/bin/time -v "$@" >"$log.out" 2>"$log" || true
  local wall rss cpu
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$log")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$log")
  echo "$wall $rss $cpu"
}

# audit: full JIT as the launcher uses for analyses; heap capped at 1 GiB to prove the memory target
audit=(java -Xmx1g -jar "$jar" audit "$corpus" -q --exit-zero --cache-dir "$out/cache" -f json:"$out/audit.json")
$report_only || uptime > "$out/load.txt"
$report_only || rm -rf "$out/cache" "$corpus/.stratum"
read -r cold_s cold_rss cold_cpu < <(measure audit-cold "${audit[@]}")
victim=$(find "$corpus/spring-core" -name 'StringUtils.java' | head -1)
$report_only || echo "// touched by bench/audit.sh $(date +%s%N)" >> "$victim"
read -r warm_s warm_rss warm_cpu < <(measure audit-warm "${audit[@]}")
read -r pmd_s pmd_rss pmd_cpu < <(measure pmd java -Xmx4g -cp "$out/pmd/lib/*" net.sourceforge.pmd.cli.PmdCli check \
  -d "$corpus" -R rulesets/java/quickstart.xml -f text -r "$out/pmd-report.txt" --no-cache --no-progress -t "$(nproc)")
read -r floor_s floor_rss floor_cpu < <(measure parse java -Xmx4g -cp "$javaparser" "$here/audit/ParseFloor.java" "$corpus")
# why the audit has its own type index: JavaParser's symbol solver resolving every call receiver, on spring-core
# alone (the whole corpus takes too long), against the floor on the same files
solver_cp="$javaparser:$(ls "$HOME"/.m2/repository/com/github/javaparser/javaparser-symbol-solver-core/3.28.2/*.jar)"
solver_cp="$solver_cp:$(ls "$HOME"/.m2/repository/com/google/guava/guava/33.*/guava-33*.jar | tail -1)"
solver_cp="$solver_cp:$(ls "$HOME"/.m2/repository/com/google/guava/failureaccess/*/*.jar | tail -1)"
solver_cp="$solver_cp:$(ls "$HOME"/.m2/repository/org/javassist/javassist/*/*.jar | tail -1)"
read -r core_s core_rss core_cpu < <(measure parse-core java -Xmx4g -cp "$javaparser" "$here/audit/ParseFloor.java" "$corpus/spring-core")
read -r solver_s solver_rss solver_cpu < <(measure solver-core java -Xmx4g -cp "$solver_cp" "$here/audit/SymbolSolverProbe.java" "$corpus/spring-core")

findings=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['findings']))" "$out/audit.json")
warnings=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['warnings']))" "$out/audit.json")
pmd_violations=$(wc -l < "$out/pmd-report.txt")
rate() { awk -v l="$lines" -v s="$1" 'BEGIN { printf "%\047d", l / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

body=$(mktemp)
{
  echo "## audit"
  echo
  echo "Method: \`bench/audit.sh\`: one run of each, whole process (JVM start included), measured with \`/usr/bin/time -v\`."
  echo "Corpus: the -sources.jars of ${artifacts[*]} from Maven Central: $files Java files, $lines lines."
  echo "stratum audit runs with \`-Xmx1g\`; warm = the same audit after appending a line to one file (cache in --cache-dir, outside the corpus)."
  echo "PMD 7.27.0 (pmd-cli + pmd-java from Maven Central) runs rulesets/java/quickstart.xml with $(nproc) threads and no cache."
  echo "The floor is bench/audit/ParseFloor.java: a parallel JavaParser 3.28.2 parse of the same files, nothing else."
  machine
  echo
  echo "Load when the run started (the machine is shared; CPU seconds are the fairer comparison): $(cat "$out/load.txt" 2>/dev/null | sed 's/.*load/load/')"
  echo
  echo "| run | wall s | CPU s (user+sys) | lines/s (wall) | peak RSS MiB | wall vs cold audit | CPU vs cold audit |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  echo "| (a) stratum audit, cold | $cold_s | $cold_cpu | $(rate "$cold_s") | $cold_rss | 1.00x | 1.00x |"
  echo "| (b) stratum audit, warm (one file changed) | $warm_s | $warm_cpu | $(rate "$warm_s") | $warm_rss | $(ratio "$warm_s" "$cold_s") | $(ratio "$warm_cpu" "$cold_cpu") |"
  echo "| (c) PMD 7.27.0 quickstart | $pmd_s | $pmd_cpu | $(rate "$pmd_s") | $pmd_rss | $(ratio "$pmd_s" "$cold_s") | $(ratio "$pmd_cpu" "$cold_cpu") |"
  echo "| (d) bare parallel JavaParser parse | $floor_s | $floor_cpu | $(rate "$floor_s") | $floor_rss | $(ratio "$floor_s" "$cold_s") | $(ratio "$floor_cpu" "$cold_cpu") |"
  echo
  echo "| (e) JavaParser parse of spring-core only | $core_s | $core_cpu | | $core_rss | | |"
  echo "| (f) same files with the symbol solver resolving every call receiver | $solver_s | $solver_cpu | | $solver_rss | | |"
  echo
  echo "Targets: (a) faster than (c): wall $(ratio "$cold_s" "$pmd_s"), CPU $(ratio "$cold_cpu" "$pmd_cpu") of PMD (target < 1)." \
       "(a) within 1.5x of (d): wall $(ratio "$cold_s" "$floor_s"), CPU $(ratio "$cold_cpu" "$floor_cpu") (target <= 1.5)." \
       "(b) at least 10x faster than (a): wall $(ratio "$cold_s" "$warm_s"), CPU $(ratio "$cold_cpu" "$warm_cpu") faster." \
       "Peak heap: the audit runs with -Xmx1g (target < 1 GiB); peak RSS includes the JVM itself."
  echo "Symbol solver (f) vs parse (e): wall $(ratio "$solver_s" "$core_s"), CPU $(ratio "$solver_cpu" "$core_cpu"); $(cat "$out/solver-core.time.out" 2>/dev/null)."
  echo "The audit reported $findings findings and $warnings files it could not analyse; PMD wrote $pmd_violations report lines."
} > "$body"
write_section audit "$body"
cat "$body"
