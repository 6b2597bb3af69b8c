package dev.stratum.generate.update;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PropertiesMergeTest {
    private static final String BASE = """
            # demo: every value can be overridden
            spring.application.name=demo
            server.port=${PORT:8080}
            spring.cache.type=caffeine
            old.key=1
            """;

    private final PropertiesMerge merge = new PropertiesMerge();

    @Test
    void newKeysAreAddedAfterTheirPredecessorWithTheirCommentAndTheUsersKeysStay() {
        String ours = BASE.replace("server.port=${PORT:8080}\n", "server.port=${PORT:8080}\n# mine\nmy.own=yes\n");
        String theirs = BASE.replace("server.port=${PORT:8080}\n", "server.port=${PORT:8080}\n# graceful stop\nserver.shutdown=graceful\n");
        MergedText m = merge.merge(BASE, ours, theirs);
        assertThat(m.conflicted()).isFalse();
        assertThat(m.text()).isEqualTo(BASE.replace("server.port=${PORT:8080}\n",
                "server.port=${PORT:8080}\n# graceful stop\nserver.shutdown=graceful\n# mine\nmy.own=yes\n"));
    }

    @Test
    void aChangedKeyIsUpdatedOnlyWhereTheUserKeptTheBaseValue() {
        String theirs = BASE.replace("${PORT:8080}", "${PORT:9090}").replace("caffeine", "redis");
        String ours = BASE.replace("spring.cache.type=caffeine", "spring.cache.type=none");
        MergedText m = merge.merge(BASE, ours, theirs);
        assertThat(m.text()).contains("server.port=${PORT:9090}").contains("spring.cache.type=none");
        assertThat(m.notes()).containsExactly("spring.cache.type: kept your value (the template changed it)");
    }

    @Test
    void aDroppedKeyIsRemovedOnlyWhereUnchanged() {
        String theirs = BASE.replace("old.key=1\n", "").replace("spring.cache.type=caffeine\n", "");
        String ours = BASE.replace("old.key=1", "old.key = 2");
        MergedText m = merge.merge(BASE, ours, theirs);
        assertThat(m.text()).doesNotContain("spring.cache.type").contains("old.key = 2");
        assertThat(m.notes()).containsExactly("old.key: kept your value (the template no longer sets it)");
    }

    @Test
    void continuationLinesAreOneEntryAndAKeyTheUserDeletedStaysDeleted() {
        String base = "a=1\nlong=x,\\\n  y\n";
        String theirs = "a=2\nlong=x,\\\n  y,\\\n  z\n";
        MergedText m = merge.merge(base, "long=x,\\\n  y\n", theirs);
        assertThat(m.text()).isEqualTo("long=x,\\\n  y,\\\n  z\n");
        assertThat(m.notes()).containsExactly("a: stays deleted (the template changed it)");
    }
}
