package dev.stratum.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.stratum.core.SafePaths;
import dev.stratum.core.SafeYaml;
import dev.stratum.core.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * stratum.yaml: one section per command. Read only through {@link SafeYaml}, so unknown keys are reported with
 * their line, and oversized files and alias bombs are refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StratumConfig(CheckConfig check, AuditConfig audit) {
    public static final String FILE_NAME = "stratum.yaml";

    /** A loaded config and the file it came from (null when none exists); relative paths resolve against it. */
    public record Loaded(Path file, StratumConfig config) {
        /**
         * Resolves a path written in the config (such as {@code check.baseline}) against the config file's directory.
         * A config file travels with the repository it sits in, so such a path must stay inside that directory:
         * absolute paths, {@code ..} that climbs out, and symbolic links that lead out are refused (exit 2,
         * naming {@code key}). Paths given on the command line are the user's own and do not come through here.
         */
        public Path resolveInside(String key, String relative) {
            Path base = (file == null ? Path.of("") : file.toAbsolutePath().getParent()).toAbsolutePath().normalize();
            String where = (file == null ? "" : file + ": ") + key;
            Path resolved;
            try {
                resolved = SafePaths.resolveInside(base, relative);
            } catch (UsageException e) {
                throw new UsageException(where + ": " + e.getMessage(), e);
            }
            try {
                Path realBase = base.toRealPath();
                // the deepest existing ancestor (or the file itself) must really be inside: no link leads out
                for (Path p = resolved; p != null && p.startsWith(base); p = p.getParent()) {
                    if (Files.exists(p) || Files.isSymbolicLink(p)) {
                        if (Files.exists(p) && !p.toRealPath().startsWith(realBase)) {
                            throw new UsageException(where + ": '" + relative + "' leads outside " + base
                                    + " through a symbolic link");
                        }
                        break;
                    }
                }
            } catch (java.io.IOException e) {
                throw new UsageException(where + ": cannot resolve '" + relative + "' (" + e.getMessage() + ")", e);
            }
            return resolved;
        }
    }

    public static StratumConfig empty() {
        return new StratumConfig(null, null);
    }

    public AuditConfig auditOrEmpty() {
        return audit == null ? AuditConfig.empty() : audit;
    }

    /**
     * Reads {@code explicit} (from {@code --config}; must exist) or else {@code projectDir/stratum.yaml} when present;
     * with neither, an empty config.
     */
    public static Loaded load(Path explicit, Path projectDir) {
        if (explicit != null) {
            if (!Files.exists(explicit)) {
                throw new UsageException(explicit + ": config file not found");
            }
            requireRegularFile(explicit);
            return new Loaded(explicit, read(explicit));
        }
        Path dir = projectDir == null ? Path.of("") : (Files.isDirectory(projectDir) ? projectDir : Path.of(""));
        Path implicit = dir.resolve(FILE_NAME);
        if (!Files.exists(implicit)) {
            return new Loaded(null, empty());
        }
        requireRegularFile(implicit); // a stratum.yaml that is a directory or a FIFO is a mistake, not "no config"
        return new Loaded(implicit, read(implicit));
    }

    private static void requireRegularFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageException(file + ": is a directory, not a YAML file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": not a regular file");
        }
    }

    public static StratumConfig read(Path file) {
        // One way in for every file, so the checks below (key lines, audit globs) apply to all of them.
        String text = SafeYaml.readText(file);
        if (!SafeYaml.hasContent(text)) { // blank, or only comments
            return empty();
        }
        StratumConfig config;
        try {
            config = SafeYaml.read(text, file.toString(), StratumConfig.class);
        } catch (UsageException e) {
            throw withKeyLine(e, text, dev.stratum.core.StratumException.oneLine(file.toString()));
        }
        if (config != null && config.audit() != null) {
            try {
                config.audit().validate();
            } catch (UsageException e) {
                throw new UsageException(file + ": " + e.getMessage(), e.getCause());
            }
        }
        return config;
    }

    /** Rewrites "file:L:C: unknown key" with the line where the key actually is (see {@link KeyLocator}). */
    private static UsageException withKeyLine(UsageException e, String text, String source) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown && e.getMessage().startsWith(source + ":")) {
            int line = KeyLocator.line(text, unknown.getPath());
            if (line > 0) {
                String rest = e.getMessage().substring(source.length() + 1).replaceFirst("^\\d+:\\d+: ", "");
                return new UsageException(source + ":" + line + ": " + rest, e.getCause());
            }
        }
        return e;
    }
}
