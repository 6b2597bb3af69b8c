package dev.stratum.audit;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one Java file and runs every source check on it. Never throws for bad input: a file that cannot be
 * analysed comes back as {@link Unreadable} with a one-line reason. The AST is dropped when this returns.
 */
public final class JavaFileAnalyzer {
    /** Larger files are generated or hostile; a real class is far smaller. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /** Outcome of one file: either an analysis or the reason it could not be read. */
    public sealed interface Outcome permits Analyzed, Unreadable {
    }

    /** A parsed file; {@code failedChecks} lists checks that threw on it (a bug in Stratum, reported as a warning). */
    public record Analyzed(FileAnalysis analysis, List<String> failedChecks) implements Outcome {
    }

    public record Unreadable(String file, String reason) implements Outcome {
    }

    private final List<SourceCheck> checks;
    private final ParserConfiguration configuration;

    public JavaFileAnalyzer(List<SourceCheck> checks) {
        this.checks = List.copyOf(checks);
        this.configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                .setLexicalPreservationEnabled(false)
                .setAttributeComments(true);
    }

    public Outcome analyze(String relative, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return new Unreadable(relative, "larger than " + (MAX_BYTES / (1024 * 1024)) + " MiB, skipped");
        }
        for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
            if (bytes[i] == 0) {
                return new Unreadable(relative, "binary content (NUL bytes), skipped");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Unreadable(relative, "not valid UTF-8, skipped");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CompilationUnit unit;
        try {
            ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(text);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                return new Unreadable(relative, "does not parse: " + describe(result.getProblems()));
            }
            unit = result.getResult().get();
        } catch (RuntimeException | StackOverflowError e) {
            return new Unreadable(relative, "does not parse (" + e.getClass().getSimpleName() + ")");
        }
        SourceFile file = new SourceFile(relative, unit, text);
        Collector sink = new Collector(file);
        List<String> failures = new ArrayList<>();
        for (SourceCheck check : checks) {
            try {
                check.visit(file, sink);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(check.id());
            }
        }
        Suppressions suppressions = Suppressions.of(file);
        List<RawFinding> findings = new ArrayList<>(sink.found.size());
        for (RawFinding f : sink.found) {
            String by = suppressions.isEmpty() ? null : suppressions.find(f.checkId(), f.line());
            findings.add(by == null ? f : f.withSuppression(by));
        }
        FileAnalysis analysis = new FileAnalysis(relative, file.lineCount(), FactCollector.collect(file), findings);
        return new Analyzed(analysis, List.copyOf(failures));
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "unknown parse error";
        }
        Problem p = problems.get(0);
        String where = p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> "line " + r.begin.line + ": ").orElse("");
        String msg = p.getMessage().strip().lines().findFirst().orElse("syntax error");
        return where + (msg.length() > 160 ? msg.substring(0, 160) + "..." : msg);
    }

    /** Collects findings of one file; snippets are the normalised first line of the node. */
    private static final class Collector implements FindingSink {
        private final SourceFile file;
        private final List<RawFinding> found = new ArrayList<>();

        Collector(SourceFile file) {
            this.file = file;
        }

        @Override
        public void report(AuditCheck check, Node node, String message) {
            reportIf(null, check, node, message);
        }

        @Override
        public void reportIf(String condition, AuditCheck check, Node node, String message) {
            int line = Syntax.line(node);
            found.add(new RawFinding(check.id(), file.path(), line, Syntax.endLine(node), message,
                    normalise(file.line(line)), condition, null));
        }

        @Override
        public void report(AuditCheck check, String path, int line, String message) {
            found.add(new RawFinding(check.id(), path, line, line, message, normalise(file.line(line)), null, null));
        }
    }

    static String normalise(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
