package dev.stratum.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.PackageMatcher;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PackagePattern} means what ArchUnit's PackageMatcher means, in linear time. */
class PackagePatternTest {
    private static final List<String> PATTERNS = List.of("..web..", "com.acme..", "com.acme.(*)..", "..service.(**)",
            "*.pack.*", "..*pack*..", "pack.[a.c|b*].d", "my.(*)..service.(**)", "com..web", "..", "com.acme.web");
    private static final List<String> PACKAGES = List.of("web", "a.web", "a.web.b", "webx", "com.acme", "com.acme.x.y",
            "com.acmex", "a.service.hello.more", "a.pack.b", "a.b.pack.c", "a.prepackfix.b", "pack.a.c.d", "pack.bar.d",
            "pack.a.d", "my.company.some.service.hello.more", "comweb", "com.x.web", "", "com.acme.web");

    @Test
    void matchesAndCapturesLikeArchUnit() {
        for (String pattern : PATTERNS) {
            PackageMatcher archUnit = PackageMatcher.of(pattern);
            PackagePattern mine = PackagePattern.of(pattern);
            for (String pkg : PACKAGES) {
                assertThat(mine.matches(pkg)).as("%s ~ %s", pattern, pkg).isEqualTo(archUnit.matches(pkg));
                assertThat(mine.groups(pkg)).as("groups of %s ~ %s", pattern, pkg)
                        .isEqualTo(archUnit.match(pkg).map(PackageMatcher.TO_GROUPS));
            }
        }
    }

    @Test
    void aBacktrackingPatternAgainstALongPackageFinishesInLinearTime() {
        PackagePattern pattern = PackagePattern.of("*a".repeat(13) + "b");
        long start = System.nanoTime();
        assertThat(pattern.matches("a".repeat(5000))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
}
