package dev.stratum.generate.update;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.generate.update.PlannedFile.Action;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ThreeWayPlannerTest {
    private static byte[] b(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static PlannedFile decide(String base, String theirs, String ours) {
        return ThreeWayPlanner.decide("src/A.java", b(base), b(theirs), b(ours)).orElse(null);
    }

    @Test
    void aFileTheUserNeverChangedIsReplaced() {
        assertThat(decide("v1\n", "v2\n", "v1\n").action()).isEqualTo(Action.REPLACED);
    }

    @Test
    void aFileTheTemplateDidNotChangeIsLeftAlone() {
        assertThat(decide("v1\n", "v1\n", "mine\n")).isNull();
        assertThat(decide("v1\n", "v1\n", null)).isNull();
    }

    @Test
    void aNewTemplateFileIsAddedAndAUserFileAtItsPathIsAConflict() {
        assertThat(decide(null, "new\n", null).action()).isEqualTo(Action.ADDED);
        PlannedFile clash = decide(null, "new\n", "mine\n");
        assertThat(clash.action()).isEqualTo(Action.CONFLICTED);
        assertThat(new String(clash.after(), StandardCharsets.UTF_8)).contains("<<<<<<< yours", "mine", "new", ">>>>>>> template");
    }

    @Test
    void aFileTheUserDeletedStaysDeleted() {
        PlannedFile f = decide("v1\n", "v2\n", null);
        assertThat(f.action()).isEqualTo(Action.KEPT);
        assertThat(f.writes()).isFalse();
    }

    @Test
    void aFileTheTemplateDroppedIsRemovedOnlyWhereUnchanged() {
        assertThat(decide("v1\n", null, "v1\n").action()).isEqualTo(Action.REMOVED);
        PlannedFile changed = decide("v1\n", null, "mine\n");
        assertThat(changed.action()).isEqualTo(Action.KEPT);
        assertThat(changed.writes()).isFalse();
    }

    @Test
    void bothChangedMergeCleanlyOrConflict() {
        assertThat(decide("a\nb\nc\nd\n", "a\nb\nc\nD\n", "A\nb\nc\nd\n").action()).isEqualTo(Action.MERGED);
        assertThat(decide("a\n", "theirs\n", "ours\n").action()).isEqualTo(Action.CONFLICTED);
    }

    @Test
    void aBinaryFileBothChangedKeepsTheUsersBytes() {
        PlannedFile f = ThreeWayPlanner.decide("logo.png", new byte[] {1, 0}, new byte[] {2, 0}, new byte[] {3, 0}).orElseThrow();
        assertThat(f.action()).isEqualTo(Action.CONFLICTED);
        assertThat(f.writes()).isFalse();
    }
}
