#!/usr/bin/env python3
"""Scores `stratum audit -f json` results against the labels in bench/accuracy/<app>.yaml.

Usage: accuracy-score.py LABEL_DIR RESULT_DIR [--markdown FILE]
RESULT_DIR holds <app>.json (audit output) for each app that was audited; apps without one are skipped.
The matching rule is documented in bench/accuracy/README.md; keep the two in step.
"""
import json
import re
import sys
from pathlib import Path

import yaml

LINE_WINDOW = 3
HIGH = {"high", "critical"}


def glob_regex(pattern):
    """Shell-style glob for relative paths: * and ? stay inside one segment, ** crosses segments."""
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + r"\Z")


class Location:
    def __init__(self, text):
        m = re.fullmatch(r"(.+?):(\d+)", str(text))
        self.pattern, self.line = (m.group(1), int(m.group(2))) if m else (str(text), None)
        self.anywhere = self.pattern == "*"
        self.regex = None if self.anywhere else glob_regex(self.pattern)

    def matches(self, file, line, window):
        if self.anywhere:
            return True
        if file is None or not self.regex.match(file):
            return False
        return self.line is None or (line is not None and abs(line - self.line) <= window)

    def __str__(self):
        return self.pattern if self.line is None else f"{self.pattern}:{self.line}"


class Label:
    def __init__(self, kind, raw, app):
        self.kind, self.app = kind, app
        self.id = raw["id"]
        checks = raw.get("check", "none")
        checks = checks if isinstance(checks, list) else [checks]
        self.checks = {str(c) for c in checks if str(c) != "none"}
        self.any_check = "any" in self.checks
        self.severity = str(raw.get("severity", "medium"))
        self.window = int(raw.get("window", LINE_WINDOW))
        at = raw.get("at", ["*"])
        self.locations = [Location(a) for a in (at if isinstance(at, list) else [at])]
        self.why = raw.get("why", "")
        self.adjudicated = raw.get("found_by") == "adjudication"
        self.hits = []

    def matches(self, finding):
        if not (self.any_check or finding["id"] in self.checks):
            return False
        places = [(finding.get("file"), finding.get("line"))]
        places += [(l.get("file"), l.get("line")) for l in finding.get("locations") or []]
        return any(loc.matches(f, ln, self.window) for loc in self.locations for f, ln in places)

    def check_text(self):
        return "/".join(sorted(self.checks)) or "none"


def load_labels(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    app = data["app"]
    labels = [Label(kind, raw, app) for kind in ("gaps", "optional", "traps") for raw in data.get(kind) or []]
    ids = [l.id for l in labels]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        sys.exit(f"accuracy-score.py: {path}: duplicate label ids {sorted(dupes)}")
    return app, labels


class AppScore:
    def __init__(self, app, labels, findings):
        self.app, self.labels, self.findings = app, labels, findings
        self.tp, self.dup, self.ignored, self.fp = [], [], [], []
        for f in findings:
            label = next((l for l in labels if l.matches(f)), None)
            if label is None:
                self.fp.append((f, None))
            elif label.kind == "optional":
                self.ignored.append(f)
            elif label.kind == "traps":
                self.fp.append((f, label))
            elif label.hits:
                label.hits.append(f)
                self.dup.append(f)
            else:
                label.hits.append(f)
                self.tp.append(f)
        self.gaps = [l for l in labels if l.kind == "gaps"]
        self.missed = [g for g in self.gaps if not g.hits]

    def counts(self):
        high_tp = sum(1 for f in self.tp if f["severity"] in HIGH)
        high_fp = distinct_false([(f, t) for f, t in self.fp if f["severity"] in HIGH])
        high_gaps = [g for g in self.gaps if g.severity in HIGH]
        return {
            "gaps": len(self.gaps), "found": len(self.gaps) - len(self.missed),
            "high_gaps": len(high_gaps), "high_found": sum(1 for g in high_gaps if g.hits),
            "uncovered": sum(1 for g in self.gaps if not g.checks),
            "adjudicated": sum(1 for g in self.gaps if g.adjudicated),
            "findings": len(self.findings), "tp": len(self.tp), "dup": len(self.dup),
            "ignored": len(self.ignored), "fp": len(self.fp), "fp_distinct": distinct_false(self.fp),
            "high_tp": high_tp, "high_fp": high_fp,
        }


def distinct_false(fps):
    """False positives counted per construct, as true ones are: all hits of one trap count once."""
    return len({trap.id for _, trap in fps if trap}) + sum(1 for _, trap in fps if trap is None)


def ratio(a, b):
    return f"{a / b:.2f}" if b else "n/a"


def table(rows):
    head = ("| app | gaps (no check yet) | found | recall | recall high+ | findings | true | dup | ignored "
            "| false (distinct) | precision | precision high+ | precision per finding |")
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, c in rows:
        lines.append(
            f"| {name} | {c['gaps']} ({c['uncovered']}) | {c['found']} | {ratio(c['found'], c['gaps'])} "
            f"| {ratio(c['high_found'], c['high_gaps'])} ({c['high_found']}/{c['high_gaps']}) | {c['findings']} "
            f"| {c['tp']} | {c['dup']} | {c['ignored']} | {c['fp']} ({c['fp_distinct']}) "
            f"| {ratio(c['tp'], c['tp'] + c['fp_distinct'])} "
            f"| {ratio(c['high_tp'], c['high_tp'] + c['high_fp'])} ({c['high_tp']}/{c['high_tp'] + c['high_fp']}) "
            f"| {ratio(c['tp'] + c['dup'], c['tp'] + c['dup'] + c['fp'])} |")
    return "\n".join(lines)


def where(f):
    return f"{f.get('file') or '(project)'}:{f.get('line') or '-'}"


def details(score, grouped):
    """Misses one per line; false positives one per line, or grouped by check and trap when grouped."""
    out = []
    for g in score.missed:
        out.append(f"- miss `{g.id}` ({g.check_text()}, {g.severity}) at {g.locations[0]}: {g.why}")
    if not grouped:
        for f, trap in score.fp:
            why = f"trap `{trap.id}`" if trap else "unlabelled"
            out.append(f"- false {f['id']} ({f['severity']}) {where(f)} [{why}]: {f.get('message', '')}")
        return out
    groups = {}
    for f, trap in score.fp:
        groups.setdefault((f["id"], trap.id if trap else None), []).append(f)
    for (check, trap_id), fs in groups.items():
        why = f"trap `{trap_id}`" if trap_id else "unlabelled"
        shown = ", ".join(where(f) for f in fs[:3]) + (f" and {len(fs) - 3} more" if len(fs) > 3 else "")
        out.append(f"- false {check} x{len(fs)} [{why}]: {shown}; e.g. \"{fs[0].get('message', '')}\"")
    return out


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    label_dir, result_dir = Path(argv[1]), Path(argv[2])
    markdown = Path(argv[argv.index("--markdown") + 1]) if "--markdown" in argv else None
    scores = []
    for path in sorted(label_dir.glob("*.yaml")):
        if path.name == "manifest.yaml":
            continue
        app, labels = load_labels(path)
        result = result_dir / f"{app}.json"
        if not result.is_file():
            continue
        findings = json.loads(result.read_text(encoding="utf-8"))["findings"]
        scores.append(AppScore(app, labels, findings))
    if not scores:
        sys.exit("accuracy-score.py: no audit results to score")
    total = {k: sum(s.counts()[k] for s in scores) for k in scores[0].counts()}
    rows = [(s.app, s.counts()) for s in scores] + [("**overall**", total)]
    def render(grouped):
        text = [table(rows), "",
                f"{total['adjudicated']} of the {total['gaps']} gaps were added at adjudication (real gaps first seen "
                "in Stratum's output, marked `found_by: adjudication`); the other labels were written blind.", ""]
        for s in scores:
            text.append(f"### {s.app}")
            text.extend(details(s, grouped) or ["- nothing missed, no false positives"])
            text.append("")
        return "\n".join(text)
    print(render(grouped=False))
    if markdown:
        markdown.write_text(render(grouped=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
