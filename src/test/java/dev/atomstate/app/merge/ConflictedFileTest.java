package dev.atomstate.app.merge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Taking a conflicted file apart into the versions its markers stand for. */
class ConflictedFileTest {
    @Test
    void gitsOwnMarkersGiveOursTheirsAndTheLinesBothShareAsTheBase() {
        ConflictedFile f = ConflictedFile.split("top\n<<<<<<< HEAD\nshared\nours\n=======\nshared\ntheirs\n>>>>>>> feature\nend\n");
        assertThat(f.ours()).isEqualTo("top\nshared\nours\nend\n");
        assertThat(f.theirs()).isEqualTo("top\nshared\ntheirs\nend\n");
        assertThat(f.base()).isEqualTo("top\nshared\nend\n");
        assertThat(f.regions()).isEqualTo(1);
        assertThat(f.markerSize()).isEqualTo(7);
    }

    @Test
    void aDiff3SectionIsTheBase() {
        ConflictedFile f = ConflictedFile.split("<<<<<<<<< ours\nA\n||||||||| base\nO\n=========\nB\n>>>>>>>>> theirs\n");
        assertThat(f.base()).isEqualTo("O\n");
        assertThat(f.ours()).isEqualTo("A\n");
        assertThat(f.theirs()).isEqualTo("B\n");
        assertThat(f.markerSize()).isEqualTo(9);
    }

    @Test
    void noMarkersOrAnUnclosedRegionIsNothingToSplit() {
        assertThat(ConflictedFile.split("# State\n\n=======\n")).isNull();
        assertThat(ConflictedFile.split("<<<<<<< ours\nA\n=======\nB\n")).isNull();
    }
}
