package dev.stratum.audit;

import dev.stratum.finding.Finding;
import dev.stratum.finding.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A project written file by file into a temporary directory, then audited with the standard checks. */
public final class AuditedTree {
    private final Path root;

    public AuditedTree(Path root) {
        this.root = root;
    }

    /** Writes {@code text} to {@code relative} (directories created); returns this tree. */
    public AuditedTree write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A pom.xml with that Boot parent version (null: no parent) and these main dependencies (artifact ids). */
    public AuditedTree pom(String bootVersion, String... artifacts) {
        StringBuilder pom = new StringBuilder("<project>\n");
        if (bootVersion != null) {
            pom.append("  <parent><groupId>org.springframework.boot</groupId>"
                    + "<artifactId>spring-boot-starter-parent</artifactId><version>")
                    .append(bootVersion).append("</version></parent>\n");
        }
        pom.append("  <dependencies>\n");
        for (String a : artifacts) {
            pom.append("    <dependency><groupId>g</groupId><artifactId>").append(a).append("</artifactId></dependency>\n");
        }
        pom.append("  </dependencies>\n</project>\n");
        return write("pom.xml", pom.toString());
    }

    /** The root pom.xml exactly as {@code xml}: for builds the builder above cannot say (parents, scopes, modules). */
    public AuditedTree pomXml(String xml) {
        return write("pom.xml", xml);
    }

    /** A root pom.xml that only lists these modules. */
    public AuditedTree modules(String... names) {
        StringBuilder pom = new StringBuilder("<project><modules>");
        for (String name : names) {
            pom.append("<module>").append(name).append("</module>");
        }
        return pomXml(pom.append("</modules></project>").toString());
    }

    public Report audit() {
        return AuditEngine.standard().audit(root, AuditOptions.defaults()).report();
    }

    /** The findings of check {@code id}, whole (for their related locations). */
    public List<Finding> found(String id) {
        return audit().findings().stream().filter(f -> f.id().equals(id)).toList();
    }

    /** The findings of check {@code id} as {@code file:line}. */
    public List<String> locations(String id) {
        return found(id).stream().map(f -> f.file() + ":" + f.line()).toList();
    }

    /** Every finding as {@code ID file:line}. */
    public List<String> idsAndLocations() {
        return audit().findings().stream().map(f -> f.id() + " " + f.file() + ":" + f.line()).toList();
    }

    /** The findings of check {@code id} as {@code file:line message}. */
    public List<String> findings(String id) {
        return found(id).stream().map(f -> f.file() + ":" + f.line() + " " + f.message()).toList();
    }

    /** The processing warnings as {@code file: message}. */
    public List<String> warnings() {
        return audit().warnings().stream().map(w -> w.file() + ": " + w.message()).toList();
    }
}
