package dev.stratum.generate.update;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineMergeTest {
    private final LineMerge merge = new LineMerge();

    @Test
    void changesOnDifferentLinesMergeCleanly() {
        MergedText m = merge.merge("a\nb\nc\nd\ne\n", "a\nB by you\nc\nd\ne\n", "a\nb\nc\nd\nE by template\n");
        assertThat(m.conflicted()).isFalse();
        assertThat(m.text()).isEqualTo("a\nB by you\nc\nd\nE by template\n");
    }

    @Test
    void changesOfTheSameLineAreAConflictWithGitMarkers() {
        MergedText m = merge.merge("a\nb\nc\n", "a\nyours\nc\n", "a\ntheirs\nc\n");
        assertThat(m.conflicted()).isTrue();
        assertThat(m.text()).isEqualTo("a\n<<<<<<< yours\nyours\n=======\ntheirs\n>>>>>>> template\nc\n");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        MergedText m = merge.merge("a\nb\n", "a\nc\n", "a\nc\n");
        assertThat(m.conflicted()).isFalse();
        assertThat(m.text()).isEqualTo("a\nc\n");
    }

    @Test
    void aFileBothCreatedDifferentlyIsOneConflict() {
        MergedText m = merge.merge("", "mine\n", "template's\n");
        assertThat(m.conflicted()).isTrue();
        assertThat(m.text()).contains("<<<<<<< yours\nmine\n=======\ntemplate's\n>>>>>>> template\n");
    }
}
