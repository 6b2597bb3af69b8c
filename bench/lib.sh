#!/usr/bin/env bash
# Shared helpers for bench/*.sh: machine description and replacing one section of docs/benchmarks.md.

machine() {
  printf -- '- machine: %s, %s cores, %s RAM, %s\n' "$(uname -m)" "$(nproc)" \
    "$(free -g | awk '/Mem:/ {print $2 " GiB"}')" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  printf -- '- java: %s\n' "$(java -version 2>&1 | head -1)"
  printf -- '- date: %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
}

# median of numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# now in milliseconds
now_ms() { date +%s%3N; }

# write_section NAME FILE: replaces the block between <!-- bench:NAME --> markers in docs/benchmarks.md
write_section() {
  local name=$1 body=$2 doc
  doc="$(dirname "${BASH_SOURCE[0]}")/../docs/benchmarks.md"
  [ -f "$doc" ] || printf '# Benchmarks\n\nFigures written by the scripts in bench/; re-run one to refresh its section.\n' > "$doc"
  python3 - "$doc" "$name" "$body" <<'PY'
import sys, re
doc, name, body = sys.argv[1], sys.argv[2], open(sys.argv[3]).read().rstrip() + "\n"
text = open(doc).read()
start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
block = f"{start}\n{body}{end}\n"
if start in text:
    text = re.sub(re.escape(start) + r".*?" + re.escape(end) + r"\n?", lambda m: block, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + block
open(doc, "w").write(text)
PY
}
