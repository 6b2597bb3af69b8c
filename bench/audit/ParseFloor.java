import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The floor for bench/audit.sh: parse every .java file under a directory in parallel with the same JavaParser
 * configuration as stratum audit, and nothing else. Run with the single-file source launcher.
 */
public class ParseFloor {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25).setLexicalPreservationEnabled(false);
        AtomicInteger ok = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        pool.submit(() -> files.parallelStream().forEach(f -> {
            try {
                if (new JavaParser(config).parse(Files.readString(f)).isSuccessful()) {
                    ok.incrementAndGet();
                }
            } catch (Exception | StackOverflowError e) {
                // counted as not parsed
            }
        })).get();
        System.out.printf("parsed %d of %d files in %d ms%n", ok.get(), files.size(), (System.nanoTime() - t0) / 1_000_000);
    }
}
