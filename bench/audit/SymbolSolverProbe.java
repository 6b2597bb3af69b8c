import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The measurement behind the audit's own type index (docs/architecture.md): parse every .java file under each
 * source root given, with JavaParser's symbol solver attached (the roots plus the JDK as type solvers), and resolve
 * the type of the receiver of every method call, as a typed project model would need. Prints files, calls,
 * resolved calls and wall time. Run with the single-file source launcher; the floor is ParseFloor.java.
 */
public class SymbolSolverProbe {
    public static void main(String[] args) throws Exception {
        CombinedTypeSolver solver = new CombinedTypeSolver(new ReflectionTypeSolver());
        for (String root : args) {
            solver.add(new JavaParserTypeSolver(Path.of(root)));
        }
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25).setLexicalPreservationEnabled(false)
                .setSymbolResolver(new JavaSymbolSolver(solver));
        List<Path> files;
        try (Stream<Path> walk = Stream.of(args).map(Path::of).flatMap(SymbolSolverProbe::walk)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        AtomicLong calls = new AtomicLong();
        AtomicLong resolved = new AtomicLong();
        long t0 = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        pool.submit(() -> files.parallelStream().forEach(f -> {
            try {
                CompilationUnit unit = new JavaParser(config).parse(Files.readString(f)).getResult().orElseThrow();
                for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
                    if (call.getScope().isEmpty()) {
                        continue;
                    }
                    calls.incrementAndGet();
                    try {
                        call.getScope().get().calculateResolvedType();
                        resolved.incrementAndGet();
                    } catch (RuntimeException | StackOverflowError e) {
                        // unresolved: a library type outside the roots, or a solver limitation
                    }
                }
            } catch (Exception | StackOverflowError e) {
                // not parsed
            }
        })).get();
        System.out.printf("files %d, calls with a receiver %d, resolved %d, in %d ms%n", files.size(), calls.get(),
                resolved.get(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
