package dev.stratum.check;

import dev.stratum.core.StratumException;
import dev.stratum.finding.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child JVM's entry point for a check with rules jars (see {@link RulesJarProcess}): reads the request, runs the
 * check in this process, writes the outcome and exits. Not a user command.
 */
public final class RulesJarChild {
    private RulesJarChild() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        RulesJarProcess.Request request = RulesJarProcess.JSON.readValue(Files.readString(in), RulesJarProcess.Request.class);
        RulesJarProcess.Outcome outcome;
        try {
            Report report = ArchCheck.runHere(new ArchCheck.Request(request.paths().stream().map(Path::of).toList(),
                    request.config(), request.rulesJars().stream().map(Path::of).toList(), request.tool(), Duration.ZERO));
            outcome = new RulesJarProcess.Outcome(report, null, null);
        } catch (StratumException e) {
            outcome = RulesJarProcess.failure(e);
        } catch (RuntimeException e) {
            outcome = new RulesJarProcess.Outcome(null, dev.stratum.core.ExitCode.INPUT.code(), "rules jar "
                    + String.join(", ", request.rulesJars()) + ": unexpected " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
        }
        RulesJarProcess.answer(out, outcome);
        System.exit(0); // threads a rule left running must not keep this JVM alive
    }
}
