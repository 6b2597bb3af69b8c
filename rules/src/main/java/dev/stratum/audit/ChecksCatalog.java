package dev.stratum.audit;

import dev.stratum.finding.RuleMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders docs/checks.md from the checks' own metadata, so the catalogue is never written twice. A test fails when
 * the committed file is out of date; {@link #main} (or the test with -Dstratum.updateDocs=true) rewrites it.
 */
public final class ChecksCatalog {
    private ChecksCatalog() {
    }

    public static String markdown(List<RuleMeta> checks) {
        StringBuilder md = new StringBuilder();
        md.append("# Audit checks\n\n")
                .append("<!-- Generated from the checks' metadata by dev.stratum.audit.ChecksCatalog; do not edit. -->\n\n")
                .append("`stratum audit` runs these ").append(checks.size()).append(" checks (`stratum audit --checks` lists them). ")
                .append("Severities can be changed and checks switched off in the `audit:` section of `stratum.yaml` ")
                .append("(see [config](config.md)); single findings are suppressed with `@SuppressWarnings(\"stratum:ID\")` ")
                .append("or a `// stratum-ignore ID: reason` comment (see [audit](commands/audit.md)).\n\n");
        md.append("| id | area | severity | title |\n|---|---|---|---|\n");
        for (RuleMeta m : checks) {
            md.append("| [").append(m.id()).append("](#").append(m.id().toLowerCase(java.util.Locale.ROOT)).append(") | ")
                    .append(m.area()).append(" | ").append(m.severity().id()).append(" | ").append(cell(m.title())).append(" |\n");
        }
        for (String area : AuditArea.ALL) {
            md.append("\n## ").append(area).append("\n");
            for (RuleMeta m : checks) {
                if (!m.area().equals(area)) {
                    continue;
                }
                md.append("\n### ").append(m.id()).append("\n\n**").append(m.title()).append("** (")
                        .append(m.severity().id()).append(")\n\n")
                        .append("Why it matters: ").append(m.why()).append("\n\n")
                        .append("How to fix: ").append(m.fix()).append("\n\n");
                if (!m.reads().isEmpty()) {
                    md.append("What it reads: ").append(m.reads()).append("\n\n");
                }
                if (!m.blindSpots().isEmpty()) {
                    md.append("What it cannot see: ").append(m.blindSpots()).append("\n\n");
                }
                md.append("Bad:\n\n```\n").append(m.badExample()).append("\n```\n\n")
                        .append("Good:\n\n```\n").append(m.goodExample()).append("\n```\n");
            }
        }
        return md.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    /** Writes the catalogue to {@code args[0]} (default docs/checks.md). */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/checks.md");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, markdown(CheckRegistry.metadata()), StandardCharsets.UTF_8);
    }
}
