package dev.stratum.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.stratum.cli.Main;
import dev.stratum.core.ExitCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One hostile case run in-process: the command line runs on its own thread under a time limit, with its own
 * writers. Every assertion of the suite's contract lives here, so each case reads as "input, expected code, what
 * the message names":
 * <ul>
 *   <li>the documented exit code;</li>
 *   <li>a one-line {@code stratum: error:} naming the offending file or key (or a warning and success);</li>
 *   <li>no stack trace without {@code --debug};</li>
 *   <li>completion within a bounded time.</li>
 * </ul>
 * "Nothing changed outside the intended output" is {@link TreeSnapshot}'s part.
 */
public record Hostile(int exitCode, String out, String err) {
    /** Generous for a 2-core CI machine under load; the limits Stratum enforces are far below it. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);

    public static Hostile run(String... args) {
        return run(DEFAULT_LIMIT, args);
    }

    public static Hostile run(Duration limit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-case");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Integer> code = pool.submit(() -> Main.run(args, new PrintWriter(out), new PrintWriter(err)));
            return new Hostile(code.get(limit.toMillis(), TimeUnit.MILLISECONDS), out.toString(), err.toString());
        } catch (TimeoutException e) {
            return fail("'stratum %s' did not finish within %s; stderr so far: %s", String.join(" ", args), limit, err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        } catch (ExecutionException e) {
            return fail("'stratum %s' threw out of Main.run: %s", String.join(" ", args), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exit {@code code}, exactly one stderr line {@code stratum: error: ...} that contains every {@code mentions}. */
    public Hostile failsWith(ExitCode code, String... mentions) {
        assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(code.code());
        assertThat(err).as("one-line error").startsWith("stratum: error: ");
        assertThat(err.strip().lines().count()).as("stderr is one line: %s", err).isEqualTo(1);
        for (String mention : mentions) {
            assertThat(err).as("the error names %s", mention).contains(mention);
        }
        return noStackTrace();
    }

    /** Exit {@code code}; every stderr line is a {@code stratum: warning:} and at least one names each mention. */
    public Hostile warnsAndExits(ExitCode code, String... mentions) {
        assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(code.code());
        assertThat(err.lines().filter(l -> !l.isBlank()))
                .as("stderr holds only warnings")
                .allSatisfy(l -> assertThat(l).startsWith("stratum: warning: "));
        for (String mention : mentions) {
            assertThat(err).as("a warning names %s", mention).contains(mention);
        }
        return noStackTrace();
    }

    public Hostile noStackTrace() {
        assertThat(err + out).as("no stack trace without --debug")
                .doesNotContainPattern("\\n\\s+at [\\w.$]+\\(")
                .doesNotContain("Exception in thread")
                .doesNotContain("Caused by:");
        return this;
    }

    /** Neither stream contains {@code secret}: the value a case planted must never be printed. */
    public Hostile neverPrints(String secret) {
        assertThat(out).as("stdout never holds the secret").doesNotContain(secret);
        assertThat(err).as("stderr never holds the secret").doesNotContain(secret);
        return this;
    }
}
