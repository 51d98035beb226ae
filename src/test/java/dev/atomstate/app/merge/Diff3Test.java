package dev.atomstate.app.merge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The line merge under the structural pass and the fallback: git's diff3 rule, markers of the given size. */
class Diff3Test {
    private static Diff3.Merged merge(String base, String ours, String theirs) {
        return Diff3.lines(base, ours, theirs, Markers.of(7));
    }

    @Test
    void changesToSeparateLinesBothArrive() {
        assertThat(merge("a\nb\nc\nd\ne\n", "a\nB\nc\nd\ne\n", "a\nb\nc\nD\ne\n").text()).isEqualTo("a\nB\nc\nD\ne\n");
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() {
        Diff3.Merged m = merge("a\nb\n", "a\nX\n", "a\nX\n");
        assertThat(m.conflicts()).isZero();
        assertThat(m.text()).isEqualTo("a\nX\n");
    }

    @Test
    void differentChangesToOneLineConflictAndAdjacentOnesToo() {
        Diff3.Merged one = merge("a\nb\nc\n", "a\nX\nc\n", "a\nY\nc\n");
        assertThat(one.conflicts()).isEqualTo(1);
        assertThat(one.text()).isEqualTo("a\n<<<<<<< ours\nX\n=======\nY\n>>>>>>> theirs\nc\n");
        assertThat(merge("a\nb\nc\n", "a\nB\nc\n", "a\nb\nC\n").conflicts()).as("adjacent lines, as git").isEqualTo(1);
    }

    @Test
    void markersHaveTheConfiguredSizeAndCloseAnUnterminatedLastLine() {
        Diff3.Merged m = Diff3.lines("a\nb", "a\nX", "a\nY", Markers.of(3));
        assertThat(m.text()).isEqualTo("a\n<<< ours\nX\n===\nY\n>>> theirs\n");
    }

    @Test
    void crlfFilesGetCrlfMarkers() {
        Diff3.Merged m = merge("a\r\nb\r\n", "a\r\nX\r\n", "a\r\nY\r\n");
        assertThat(m.text()).isEqualTo("a\r\n<<<<<<< ours\r\nX\r\n=======\r\nY\r\n>>>>>>> theirs\r\n");
    }
}
