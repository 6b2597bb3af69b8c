package dev.stratum.audit;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.stratum.audit.model.FileFacts;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one Java file and runs every source check on it. Never throws for bad input: a file that cannot be
 * analysed comes back as {@link Unreadable} with a one-line reason. The AST is dropped when this returns.
 */
public final class JavaFileAnalyzer {
    /** Larger files are generated or hostile; a real class is far smaller. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Hand-written code rarely nests brackets 30 deep; the parser's recursion would exhaust the stack far above. */
    public static final int MAX_NESTING = 1000;

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
        String text;
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        if (!utf16) {
            for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
                if (bytes[i] == 0) {
                    return new Unreadable(relative, "binary content (NUL bytes), skipped");
                }
            }
        }
        try {
            // UTF-16 with a byte order mark is what some Windows editors write; javac reads it with -encoding
            text = (utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Unreadable(relative, utf16 ? "not valid UTF-16, skipped" : "not valid UTF-8, skipped");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Analyzed(new FileAnalysis(relative, text.isEmpty() ? 0 : (int) text.lines().count(),
                    FileFacts.EMPTY, List.of(), List.of()), List.of());
        }
        int depth = Nesting.maxDepth(text);
        if (depth > MAX_NESTING) {
            return new Unreadable(relative, "brackets nested " + depth + " deep (more than " + MAX_NESTING
                    + "), skipped");
        }
        try {
            return analyzeText(relative, text);
        } catch (StackOverflowError e) {
            // a deep expression that brackets do not show (a + b + ... 50,000 times): this file only
            return new Unreadable(relative, "nested too deeply to analyse (stack exhausted), skipped");
        }
    }

    private Outcome analyzeText(String relative, String text) {
        CompilationUnit unit;
        try {
            ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(text);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                return new Unreadable(relative, "does not parse: " + describe(result.getProblems()));
            }
            unit = result.getResult().get();
        } catch (RuntimeException e) {
            return new Unreadable(relative, "does not parse (" + e.getClass().getSimpleName() + ")");
        }
        SourceFile file = new SourceFile(relative, unit, text);
        Collector sink = new Collector(file);
        List<String> failures = new ArrayList<>();
        for (SourceCheck check : checks) {
            try {
                check.visit(file, sink);
            } catch (RuntimeException e) {
                failures.add(check.id());
            }
        }
        Suppressions suppressions = Suppressions.of(file);
        List<RawFinding> findings = new ArrayList<>(sink.found.size());
        for (RawFinding f : sink.found) {
            String by = suppressions.isEmpty() ? null : suppressions.find(f.checkId(), f.line());
            findings.add(by == null ? f : f.withSuppression(by));
        }
        FileAnalysis analysis = new FileAnalysis(relative, file.lineCount(), FactCollector.collect(file), findings,
                suppressions.all());
        return new Analyzed(analysis, List.copyOf(failures));
    }

    private static final Pattern FOUND = Pattern.compile("Parse error\\.\\s*Found\\s+(?:\"((?:[^\"\\\\]|\\\\.){0,40})\"\\s*)?(?:<(\\w+)>)?");
    private static final Pattern LEXICAL = Pattern.compile("Lexical error at line (\\d+), column (\\d+)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]{13,}\"|'[^']{13,}'");

    /**
     * The first problem in Stratum's words. The parser's own message quotes the offending token, which may be a
     * credential ({@code Found "AKIA..." <IDENTIFIER>}, or a lexical error's "after" text); identifiers and literals
     * are named by their kind instead, only fixed grammar tokens ({@code "{"}, {@code "enum"}) are quoted.
     */
    static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "unknown parse error";
        }
        Problem p = problems.get(0);
        String where = p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> "line " + r.begin.line + ": ").orElse("");
        String msg = p.getMessage() == null ? "" : p.getMessage().strip();
        Matcher found = FOUND.matcher(msg);
        if (found.lookingAt() && (found.group(1) != null || found.group(2) != null)) {
            String kind = found.group(2);
            String what = kind != null ? kindName(kind) : "\"" + found.group(1) + "\"";
            return where + "syntax error, unexpected " + what;
        }
        Matcher lexical = LEXICAL.matcher(msg);
        if (lexical.lookingAt()) {
            return "line " + lexical.group(1) + ": invalid character or unterminated literal at column " + lexical.group(2);
        }
        String first = msg.lines().findFirst().orElse("syntax error");
        first = QUOTED.matcher(first).replaceAll("\"...\"");
        return where + (first.length() > 160 ? first.substring(0, 160) + "..." : first);
    }

    private static String kindName(String kind) {
        return kind.equals("EOF") ? "end of file" : kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
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
        public void reportIf(Premise premise, AuditCheck check, Node node, String message) {
            int line = Syntax.line(node);
            found.add(new RawFinding(check.id(), file.path(), line, Syntax.endLine(node), message,
                    normalise(file.line(line)), premise, null, member(node)));
        }

        @Override
        public void report(AuditCheck check, String path, int line, int endLine, String message) {
            found.add(new RawFinding(check.id(), path, line, endLine, message, normalise(file.line(line)), null, null));
        }
    }

    /** The first line of the member (method, constructor, field, initialiser) a node is in, or 0. */
    private static int member(Node node) {
        return node.findAncestor(com.github.javaparser.ast.body.BodyDeclaration.class,
                b -> !(b instanceof com.github.javaparser.ast.body.TypeDeclaration<?>)).map(Syntax::line).orElse(0);
    }

    /** The fingerprinted (and cached) form of a source line: whitespace collapsed, secrets masked. */
    static String normalise(String line) {
        return dev.stratum.audit.security.Secrets.mask(line.strip().replaceAll("\\s+", " "));
    }
}
