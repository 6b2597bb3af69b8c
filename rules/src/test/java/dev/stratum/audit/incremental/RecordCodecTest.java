package dev.stratum.audit.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.audit.CheckRegistry;
import dev.stratum.audit.FileAnalysis;
import dev.stratum.audit.JavaFileAnalyzer;
import dev.stratum.audit.SourceCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The cache's binary form gives back exactly what was stored, for every shape the audit really caches. */
class RecordCodecTest {
    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    record Leaf(String name, int line, long size, boolean flag, Double ratio, Map<String, List<Integer>> groups) {
    }

    sealed interface Shape permits Circle, Square {
    }

    record Circle(int radius) implements Shape {
    }

    record Square(Leaf corner, java.util.Set<String> tags) implements Shape {
    }

    record Tree(String label, List<Tree> children, Shape shape, Thread.State state) {
    }

    @Test
    void everyFileOfTheSamplesRichestInFactsComesBackEqual() throws Exception {
        List<SourceCheck> checks = CheckRegistry.all().stream().filter(SourceCheck.class::isInstance)
                .map(SourceCheck.class::cast).toList();
        JavaFileAnalyzer analyzer = new JavaFileAnalyzer(checks);
        int seen = 0;
        // filter chains, entities and mappings, every kind of premise, suppressions, cache names
        for (String sample : List.of("audit-leaky-security", "audit-leaky-database", "audit-leaky-caching")) {
            try (Stream<Path> files = Files.walk(SAMPLES.resolve(sample))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (analyzer.analyze(SAMPLES.relativize(f).toString(), Files.readAllBytes(f))
                            instanceof JavaFileAnalyzer.Analyzed a) {
                        FileAnalysis stored = a.analysis();
                        assertThat(CachedEntry.of(stored).decode()).as(f.toString()).isEqualTo(stored);
                        seen++;
                    }
                }
            }
        }
        assertThat(seen).isGreaterThan(30);
    }

    @Test
    void nullsEmptyValuesRecursionAndSealedKindsRoundTrip() throws Exception {
        RecordCodec<Tree> codec = RecordCodec.of(Tree.class);
        Leaf leaf = new Leaf("ü\u0000 \uD83D\uDE00", -1, Long.MIN_VALUE, true, null, Map.of("a", List.of(1, -2)));
        Tree tree = new Tree("root", List.of(new Tree(null, List.of(), new Circle(Integer.MAX_VALUE), null),
                new Tree("root", null, new Square(leaf, java.util.Set.of("x", "root")), Thread.State.BLOCKED)),
                null, Thread.State.NEW);

        assertThat(codec.decode(codec.encode(tree))).isEqualTo(tree);
        assertThat(codec.schema()).contains("Tree(java.lang.String label", "one of", "Circle", "BLOCKED");
    }

    @Test
    void bytesThatAreNotAValueAreMalformedNeverAHugeAllocation() {
        RecordCodec<Tree> codec = RecordCodec.of(Tree.class);
        byte[] whole = codec.encode(new Tree("a", List.of(), new Circle(1), null));
        assertThatThrownBy(() -> codec.decode(java.util.Arrays.copyOf(whole, whole.length - 1)))
                .isInstanceOf(BinaryIn.Malformed.class);
        // "present, then a list of 2^31 elements"
        assertThatThrownBy(() -> codec.decode(new byte[] {1, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 7}))
                .isInstanceOf(BinaryIn.Malformed.class);
        byte[] longer = java.util.Arrays.copyOf(whole, whole.length + 1);
        assertThatThrownBy(() -> codec.decode(longer)).isInstanceOf(BinaryIn.Malformed.class);
    }

    record Unstorable(Object anything) {
    }

    @Test
    void aTypeItCannotStoreFailsWhenTheCodecIsBuilt() {
        assertThatThrownBy(() -> RecordCodec.of(Unstorable.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot store a java.lang.Object");
    }
}
