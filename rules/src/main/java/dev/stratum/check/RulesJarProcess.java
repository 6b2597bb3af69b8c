package dev.stratum.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratum.config.CheckConfig;
import dev.stratum.core.AtomicFiles;
import dev.stratum.core.ExitCode;
import dev.stratum.core.FileTrees;
import dev.stratum.core.InputException;
import dev.stratum.core.ShutdownCleanup;
import dev.stratum.core.StratumException;
import dev.stratum.core.UsageException;
import dev.stratum.finding.Report;
import dev.stratum.finding.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a check that has {@code --rules-jar}s in a child JVM, because a rules jar is the user's own code and Stratum
 * runs it as it is: it may call {@code System.exit}, halt, loop, or exhaust memory. In the child (the same
 * {@code java} binary and Stratum's own class path; the jar is loaded there by {@link RulesJar}) the whole check
 * runs (import, every rule, suppressions) and writes its report to a file in a private temporary directory. The
 * parent waits at most {@code timeout}, then kills the child and its descendants. A child that ends without a
 * result is exit 3 naming the rules jar, so the gate can never pass because a rule ended the process.
 *
 * <p>The child's standard streams are discarded: what a rule prints never mixes into Stratum's reports.
 */
final class RulesJarProcess {
    /** What the child is asked to do, and what it answers; plain JSON through files. */
    record Request(List<String> paths, CheckConfig config, List<String> rulesJars, Tool tool) {
    }

    record Outcome(Report report, Integer exitCode, String error) {
    }

    static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** A report of a big code base is large, but a child writing gigabytes is not producing a report. */
    static final long MAX_RESULT_BYTES = 512L << 20;

    private RulesJarProcess() {
    }

    static Report run(ArchCheck.Request request) {
        String jars = request.rulesJars().stream().map(Path::toString).collect(Collectors.joining(", "));
        for (Path jar : request.rulesJars()) {
            if (!Files.isRegularFile(jar)) {
                throw new UsageException(jar + ": rules jar not found");
            }
        }
        Path dir = null;
        Process child = null;
        Thread killer = null;
        try {
            dir = Files.createTempDirectory("stratum-rules-");
            ShutdownCleanup.register(dir);
            Path in = dir.resolve("request.json");
            Path out = dir.resolve("result.json");
            Request wire = new Request(request.paths().stream().map(p -> p.toAbsolutePath().toString()).toList(),
                    request.config(), request.rulesJars().stream().map(p -> p.toAbsolutePath().toString()).toList(),
                    request.tool());
            Files.writeString(in, JSON.writeValueAsString(wire));
            child = new ProcessBuilder(command(in, out))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            child.getOutputStream().close(); // no standard input for rules
            Process running = child;
            killer = new Thread(() -> kill(running), "stratum-rules-jar-kill");
            Runtime.getRuntime().addShutdownHook(killer);
            boolean finished = child.waitFor(request.rulesTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                kill(child);
                throw new InputException("rules jar " + jars + " did not finish within "
                        + seconds(request.rulesTimeout()) + " s (the time limit for rules jars; raise it with --rules-timeout)");
            }
            if (!Files.isRegularFile(out)) {
                throw new InputException("rules jar " + jars + " ended the check without a result (the analysis JVM "
                        + "exited with code " + child.exitValue() + "; does a rule call System.exit or halt?)");
            }
            Outcome outcome = read(out, jars);
            if (outcome.error() != null) {
                String message = outcome.error();
                throw outcome.exitCode() != null && outcome.exitCode() == ExitCode.USAGE.code()
                        ? new UsageException(message) : new InputException(message);
            }
            if (outcome.report() == null) {
                throw new InputException("rules jar " + jars + ": the analysis JVM wrote no report");
            }
            return outcome.report();
        } catch (IOException e) {
            throw new InputException("cannot run the rules jar " + jars + " in a separate JVM (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while the rules jar " + jars + " ran", e);
        } finally {
            if (child != null) {
                kill(child);
            }
            if (killer != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(killer);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway
                }
            }
            if (dir != null) {
                FileTrees.deleteQuietly(dir);
                ShutdownCleanup.unregister(dir);
            }
        }
    }

    private static Outcome read(Path out, String jars) throws IOException {
        if (Files.size(out) > MAX_RESULT_BYTES) {
            throw new InputException("rules jar " + jars + ": the analysis JVM wrote a result over "
                    + (MAX_RESULT_BYTES >> 20) + " MiB");
        }
        try (InputStream in = Files.newInputStream(out)) {
            return JSON.readValue(in, Outcome.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InputException("rules jar " + jars + ": the analysis JVM wrote an unreadable result", e);
        }
    }

    /** The same java binary and class path as this JVM, with the same maximum heap. */
    private static List<String> command(Path in, Path out) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + Math.max(64, Runtime.getRuntime().maxMemory() >> 20) + "m");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(RulesJarChild.class.getName());
        cmd.add(in.toString());
        cmd.add(out.toString());
        return cmd;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long seconds(Duration d) {
        return Math.max(1, d.toSeconds());
    }


    /** Writes the child's answer (all or nothing, so a half-written file is never read). */
    static void answer(Path out, Outcome outcome) {
        try {
            String json = JSON.writeValueAsString(outcome);
            AtomicFiles.writeString(out, json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the check's result", e);
        }
    }

    static Outcome failure(StratumException e) {
        return new Outcome(null, e.exitCode().code(), e.getMessage());
    }
}
