#!/usr/bin/env bash
# Audit accuracy: runs `stratum audit -f json` on each application of bench/accuracy/manifest.yaml and scores the
# findings against the hand-written labels in bench/accuracy/<app>.yaml (recall, precision, precision at
# high/critical; misses and false positives listed). The matching rule is in bench/accuracy/README.md.
# Usage: bench/accuracy.sh [--corpus DIR] [--rescore] [--report]
#   --corpus DIR  where the applications' sources are (default $STRATUM_CORPUS, else /tmp/corpus): DIR/<app>/
#   --rescore     score the last run's results again (after editing labels) without auditing
#   --report      also write the "accuracy" section of docs/benchmarks.md
# The sources are never part of this repository; when one is missing the script says how to get it.
# Needs python3 with PyYAML (pip install pyyaml). Results go to bench/out/accuracy/ (git-ignored).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
. "$here/lib.sh"
labels="$here/accuracy"
out="$root/bench/out/accuracy"
corpus="${STRATUM_CORPUS:-/tmp/corpus}"
rescore=false
report=false
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus=$2; shift 2 ;;
    --rescore) rescore=true; shift ;;
    --report) report=true; shift ;;
    *) echo "usage: bench/accuracy.sh [--corpus DIR] [--rescore] [--report]" >&2; exit 2 ;;
  esac
done
python3 -c 'import yaml' 2>/dev/null || { echo "bench/accuracy.sh needs PyYAML: pip install pyyaml" >&2; exit 2; }

# app repo commit, one per line, from the manifest
apps=$(python3 - "$labels/manifest.yaml" <<'PY'
import sys, yaml
for a in yaml.safe_load(open(sys.argv[1]))["apps"]:
    print(a["app"], a["repo"], a["commit"])
PY
)

missing=0
while read -r app repo commit; do
  dir="$corpus/$app"
  if [ ! -d "$dir" ] || [ -z "$(ls -A "$dir" 2>/dev/null)" ]; then
    missing=$((missing + 1))
    cat >&2 <<EOF
missing: $dir (upstream github.com/$repo at $commit). Get it with
    git clone https://github.com/$repo.git "$dir" && git -C "$dir" checkout -q $commit
  or, from a bare snapshot (e.g. the fetch tool's github:$repo):
    mkdir -p "$dir" && git --git-dir=<snapshot>/repo archive $commit | tar -x -C "$dir"
EOF
  elif head=$(git -C "$dir" rev-parse HEAD 2>/dev/null) && [ "$head" != "$commit" ]; then
    echo "warning: $dir is at $head, the labels were written for $commit" >&2
  fi
done <<<"$apps"
if [ "$missing" -gt 0 ]; then
  echo "bench/accuracy.sh: $missing application(s) missing under $corpus; scoring the others" >&2
fi

mkdir -p "$out"
if ! $rescore; then
  "$root/stratum" --version >/dev/null   # build the jar before the runs
  : > "$out/runs.txt"
  while read -r app repo commit; do
    dir="$corpus/$app"
    [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ] || { rm -f "$out/$app.json"; continue; }
    start=$(now_ms)
    "$root/stratum" audit "$dir" -q --exit-zero --no-cache -f json:"$out/$app.json"
    echo "$app $(( $(now_ms) - start ))" >> "$out/runs.txt"
  done <<<"$apps"
  git -C "$root" log -1 --format='%h (%cs)' > "$out/commit.txt"
fi

scored="$out/score.md"
python3 "$here/accuracy-score.py" "$labels" "$out" --markdown "$scored"

if $report; then
  body=$(mktemp)
  {
    echo "## Audit accuracy"
    echo
    echo "Method: \`bench/accuracy.sh --report\`: \`stratum audit -f json --no-cache\` on each application of"
    echo "[bench/accuracy/manifest.yaml](../bench/accuracy/manifest.yaml), findings matched to the hand-written labels in"
    echo "bench/accuracy/<app>.yaml by check id, file and a ±3-line window (rule: [bench/accuracy/README.md](../bench/accuracy/README.md))."
    echo "Labels were written as a senior reviewer would, before looking at Stratum's output. *gaps* = true gaps"
    echo "(in brackets: how many no check covers yet; they count against recall); *dup* = a gap reported again (neutral);"
    echo "*ignored* = findings on debatable items; *false* = findings on traps or on nothing labelled (distinct: one per trap, as true ones are one per gap)."
    echo "*recall high+* = of the gaps the reviewer rated high or critical; *precision high+* = of the findings Stratum rated high or critical."
    echo "Stratum at: $(cat "$out/commit.txt" 2>/dev/null || echo unknown)."
    machine
    echo
    echo "Corpus (sources outside the repository):"
    python3 - "$labels/manifest.yaml" "$out/runs.txt" <<'PY'
import sys, yaml
runs = dict(l.split() for l in open(sys.argv[2]) if l.strip()) if len(sys.argv) > 2 else {}
for a in yaml.safe_load(open(sys.argv[1]))["apps"]:
    t = f", audit {int(runs[a['app']]) / 1000:.1f} s" if a["app"] in runs else ""
    print(f"- {a['app']}: github.com/{a['repo']} @ {a['commit'][:10]}, {a['build']}, {a['main_java']}{t}")
PY
    echo
    echo "Targets (issue 10): recall >= 0.8, precision >= 0.9 overall, precision >= 0.9 at high and critical."
    echo
    cat "$scored"
    if [ -f "$labels/READING.md" ]; then
      echo
      cat "$labels/READING.md"
    fi
  } > "$body"
  write_section accuracy "$body"
  echo "wrote the accuracy section of docs/benchmarks.md" >&2
fi
