package dev.atomstate.edit;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedDiffTest {

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.diff("a", "b", "x\n", "x\n")).isEmpty();
    }

    @Test
    void oneChangedLineWithThreeLinesOfContext() {
        String a = numbered(1, 10);
        String b = a.replace("\n5\n", "\nfive\n");
        assertThat(UnifiedDiff.diff("a/f", "b/f", a, b)).isEqualTo("""
                --- a/f
                +++ b/f
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """);
    }

    @Test
    void distantChangesGetTheirOwnHunks() {
        String a = numbered(1, 20);
        String b = a.replace("\n3\n", "\nX\n").replace("\n18\n", "\nY\n");
        assertThat(UnifiedDiff.diff("a", "b", a, b)).isEqualTo("""
                --- a
                +++ b
                @@ -1,6 +1,6 @@
                 1
                 2
                -3
                +X
                 4
                 5
                 6
                @@ -15,6 +15,6 @@
                 15
                 16
                 17
                -18
                +Y
                 19
                 20
                """);
    }

    @Test
    void changesSixLinesApartShareAHunk() {
        String a = numbered(1, 9);
        String b = a.replace("\n2\n", "\nA\n").replace("\n9\n", "\nB\n");
        String d = UnifiedDiff.diff("a", "b", a, b);
        assertThat(d.lines().filter(l -> l.startsWith("@@"))).containsExactly("@@ -1,9 +1,9 @@");
    }

    @Test
    void anInsertedLine() {
        String a = numbered(1, 8);
        String b = a.replace("\n4\n", "\n4\nnew\n");
        assertThat(UnifiedDiff.diff("a", "b", a, b)).isEqualTo("""
                --- a
                +++ b
                @@ -2,6 +2,7 @@
                 2
                 3
                 4
                +new
                 5
                 6
                 7
                """);
    }

    @Test
    void insertIntoAndDeleteEverything() {
        assertThat(UnifiedDiff.diff("a", "b", "", "x\n")).isEqualTo("--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");
        assertThat(UnifiedDiff.diff("a", "b", "x\n", "")).isEqualTo("--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n");
    }

    @Test
    void crlfLinesAreShownWithTheirCarriageReturn() {
        String d = UnifiedDiff.diff("a", "b", "a\r\nb\r\n", "a\r\nc\r\n");
        assertThat(d).isEqualTo("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n");
    }

    @Test
    void aChangedLineEndingIsAChange() {
        assertThat(UnifiedDiff.diff("a", "b", "a\n", "a\r\n")).isEqualTo("--- a\n+++ b\n@@ -1 +1 @@\n-a\n+a\r\n");
    }

    @Test
    void missingFinalNewlineIsMarked() {
        assertThat(UnifiedDiff.diff("a", "b", "1\n2\n3", "1\n2\n3\n")).isEqualTo("""
                --- a
                +++ b
                @@ -1,3 +1,3 @@
                 1
                 2
                -3
                \\ No newline at end of file
                +3
                """);
        assertThat(UnifiedDiff.diff("a", "b", "x\n", "x\ny")).endsWith("+y\n\\ No newline at end of file\n");
    }

    /** Issue 12, item 8: a CR-only file is diffed line by line, each line with its own CR, like CRLF lines. */
    @Test
    void crOnlyLinesAreLinesWithTheirCarriageReturn() {
        assertThat(UnifiedDiff.lines("a\rb\r\nc\n\rd")).containsExactly("a\r", "b\r\n", "c\n", "\r", "d");
        assertThat(UnifiedDiff.diff("a", "b", "a\rb\rc\r", "a\rb\rx\rc\r")).isEqualTo("--- a\n+++ b\n@@ -1,3 +1,4 @@\n a\r b\r+x\r c\r");
    }

    @Test
    void linesKeepTheirTerminators() {
        assertThat(UnifiedDiff.lines("a\r\nb\nc")).containsExactly("a\r\n", "b\n", "c");
        assertThat(UnifiedDiff.lines("")).isEmpty();
    }
}
