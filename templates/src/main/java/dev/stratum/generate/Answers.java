package dev.stratum.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stratum.core.SafeYaml;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An answers file for {@code stratum new --answers FILE}: the same keys as the flags, plus template options.
 * Flags given on the command line win over the file. {@code -} or {@code /dev/stdin} reads standard input.
 */
public record Answers(String name, String group, @JsonProperty("package") String packageName, Integer java,
                      List<String> features, String template, String dir, Map<String, String> options) {
    private static final Set<String> STDIN = Set.of("-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0");

    public Answers {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** Reads {@code file}, or {@code stdin} when the file names standard input. */
    public static Answers read(Path file, InputStream stdin) {
        if (STDIN.contains(file.toString())) {
            return readStandardInput(file, stdin);
        }
        return SafeYaml.read(file, Answers.class);
    }

    public static Answers none() {
        return new Answers(null, null, null, null, null, null, null, Map.of());
    }

    /**
     * Standard input read as a stream (a pipe is not a regular file, so the file path would be refused). When the
     * process was started with standard input closed, descriptor 0 is whatever the JVM opened first (its own
     * {@code lib/modules}), so that is recognised and named instead of being read.
     */
    private static Answers readStandardInput(Path file, InputStream stdin) {
        String source = "--answers " + file + " (standard input)";
        Path fd0 = Path.of("/proc/self/fd/0");
        if (Files.exists(fd0.getParent())) {
            String what;
            try {
                what = Files.readSymbolicLink(fd0).toString();
            } catch (IOException e) {
                throw new UsageException(source + ": standard input is closed; pipe the answers in "
                        + "(--answers - < answers.yaml) or name a file", e);
            }
            String javaHome = System.getProperty("java.home", "/nonexistent-java-home");
            if (what.startsWith(javaHome + "/") || what.endsWith(".jar")) {
                throw new UsageException(source + ": standard input is closed; pipe the answers in "
                        + "(--answers - < answers.yaml) or name a file");
            }
            if (what.startsWith("/dev/pts/") || what.startsWith("/dev/tty")) {
                throw new UsageException(source + ": standard input is a terminal; pipe the answers in "
                        + "(--answers - < answers.yaml) or name a file");
            }
            if (what.startsWith("/") && Files.isDirectory(Path.of(what), LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException(source + ": standard input is a directory, not a YAML file");
            }
        }
        try {
            byte[] bytes = stdin.readNBytes(SafeYaml.MAX_BYTES + 1);
            if (bytes.length > SafeYaml.MAX_BYTES) {
                throw new UsageException(source + ": larger than " + (SafeYaml.MAX_BYTES / 1024) + " KiB, refusing to read it");
            }
            return SafeYaml.read(new String(bytes, StandardCharsets.UTF_8), source, Answers.class);
        } catch (IOException e) {
            throw new UsageException(source + ": cannot read standard input (" + e.getMessage() + ")", e);
        }
    }
}
