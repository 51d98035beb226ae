package dev.atomstate.parse;

import dev.atomstate.io.SourceText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTest {

    /** Every line's [start, end) concatenated must give back the text: nothing is lost or normalised. */
    private static String rejoin(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Line l : doc.lines()) {
            sb.append(doc.text(), l.start(), l.end());
        }
        return sb.toString();
    }

    private static List<String> terminators(Document doc) {
        return doc.lines().stream().map(l -> l.terminator(doc.text())).toList();
    }

    @Nested
    class LineSplitting {
        @Test
        void lfLinesKeepTheirOffsetsAndTerminators() {
            Document doc = Document.parse("ab\ncd\n");
            assertThat(doc.lineCount()).isEqualTo(2);
            Line first = doc.line(0);
            assertThat(first.content()).isEqualTo("ab");
            assertThat(first.start()).isZero();
            assertThat(first.contentEnd()).isEqualTo(2);
            assertThat(first.end()).isEqualTo(3);
            assertThat(first.number()).isEqualTo(1);
            assertThat(doc.line(1).start()).isEqualTo(3);
            assertThat(terminators(doc)).containsExactly("\n", "\n");
        }

        @Test
        void crlfIsATerminatorNotContent() {
            Document doc = Document.parse("ab\r\ncd\r\n");
            assertThat(doc.lines()).extracting(Line::content).containsExactly("ab", "cd");
            assertThat(terminators(doc)).containsExactly("\r\n", "\r\n");
            assertThat(doc.line(0).contentEnd()).isEqualTo(2);
            assertThat(doc.line(0).end()).isEqualTo(4);
            assertThat(doc.dominantNewline()).isEqualTo("\r\n");
        }

        @Test
        void mixedEndingsAreKeptPerLine() {
            Document doc = Document.parse("a\r\nb\nc\r\nd");
            assertThat(doc.lines()).extracting(Line::content).containsExactly("a", "b", "c", "d");
            assertThat(terminators(doc)).containsExactly("\r\n", "\n", "\r\n", "");
            assertThat(rejoin(doc)).isEqualTo("a\r\nb\nc\r\nd");
        }

        @Test
        void lastLineWithoutNewlineEndsAtTheEndOfText() {
            Document doc = Document.parse("one\ntwo");
            Line last = doc.line(1);
            assertThat(last.content()).isEqualTo("two");
            assertThat(last.contentEnd()).isEqualTo(7);
            assertThat(last.end()).isEqualTo(7);
            assertThat(last.terminator(doc.text())).isEmpty();
        }

        @Test
        void emptyTextHasNoLinesAndABlankLineIsOneLine() {
            assertThat(Document.parse("").lineCount()).isZero();
            Document blank = Document.parse("\n");
            assertThat(blank.lineCount()).isEqualTo(1);
            assertThat(blank.line(0).isBlank()).isTrue();
            assertThat(Document.parse("\n\n").lineCount()).isEqualTo(2);
        }

        /** Issue 12, item 8: a CR not followed by LF ends a line (old Mac files), so no line's content holds a CR. */
        @Test
        void aLoneCarriageReturnIsALineBreakOfItsOwn() {
            Document doc = Document.parse("a\rb\n");
            assertThat(doc.lineCount()).isEqualTo(2);
            assertThat(doc.line(0).content()).isEqualTo("a");
            assertThat(doc.line(0).terminator(doc.text())).isEqualTo("\r");
            assertThat(doc.line(1).content()).isEqualTo("b");
            assertThat(doc.line(1).terminator(doc.text())).isEqualTo("\n");
        }

        @Test
        void crThenLfIsOneBreakAndEachLineOfAMixedFileKeepsItsOwnEnding() {
            Document doc = Document.parse("a\r\nb\rc\nd\r\r\ne\r");
            assertThat(doc.lines()).extracting(Line::content).containsExactly("a", "b", "c", "d", "", "e");
            assertThat(doc.lines()).extracting(l -> l.terminator(doc.text())).containsExactly("\r\n", "\r", "\n", "\r", "\r\n", "\r");
        }

        @Test
        void aCrOnlyFileGetsCrForNewLines() {
            Document doc = Document.parse("# S\r\r- a\r");
            assertThat(doc.lineCount()).isEqualTo(3);
            assertThat(doc.dominantNewline()).isEqualTo("\r");
            assertThat(doc.newlineNear(2)).isEqualTo("\r");
            assertThat(Document.parse("a\rb\r\nc\r\n").dominantNewline()).isEqualTo("\r\n");
            assertThat(Document.parse("a\rb\nc\n").dominantNewline()).isEqualTo("\n");
        }

        @Test
        void trailingSpacesStayInTheContent() {
            Document doc = Document.parse("Phase: 3  \r\n");
            assertThat(doc.line(0).content()).isEqualTo("Phase: 3  ");
        }

        @Test
        void linesRejoinToTheExactText() {
            for (String text : List.of("", "x", "\n", "a\nb", "a\r\n\r\nb\n", "\r\n", "a\r", "é😀\r\nz", "a\rb\r", "\r\r\n\n\r", "a\r\rb")) {
                assertThat(rejoin(Document.parse(text))).as("%s", text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(text);
            }
        }

        @Test
        void textDecodedWithoutItsBomStartsWithTheHeading() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = "# Project State\n\n## Current Position\n".getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, 3);
            System.arraycopy(body, 0, all, 3, body.length);
            Document doc = Document.parse(SourceText.decode("f", all).text());
            assertThat(doc.line(0).content()).isEqualTo("# Project State");
            assertThat(doc.sections()).extracting(Section::title).containsExactly("Project State", "Current Position");
        }

        @Test
        void newlineNearUsesTheNeighbourThenTheDominantOne() {
            Document doc = Document.parse("a\r\nb\r\nc\nd");
            assertThat(doc.newlineNear(0)).isEqualTo("\r\n");
            assertThat(doc.newlineNear(2)).isEqualTo("\n");
            // the last line has no terminator: the one before it counts
            assertThat(doc.newlineNear(3)).isEqualTo("\n");
            assertThat(Document.parse("no newline").newlineNear(0)).isEqualTo("\n");
            assertThat(Document.parse("a\nb\r\nc\r\n").dominantNewline()).isEqualTo("\r\n");
            assertThat(Document.parse("a\nb\nc\r\n").dominantNewline()).isEqualTo("\n");
        }

        @Test
        void lineAtAndColumnAtCountCodePoints() {
            Document doc = Document.parse("a😀b\nxyz\n");
            assertThat(doc.lineAt(0)).isZero();
            assertThat(doc.lineAt(4)).isEqualTo(0); // the newline belongs to the first line
            assertThat(doc.lineAt(5)).isEqualTo(1);
            assertThat(doc.columnAt(3)).isEqualTo(3); // 'b' after a surrogate pair
            assertThat(doc.columnAt(7)).isEqualTo(3);
        }
    }

    @Nested
    class Fences {
        @Test
        void backtickFenceMarksItsLinesIncludingTheDelimiters() {
            Document doc = Document.parse("a\n```js\n# not a heading\nStatus: no\n```\nb\n");
            assertThat(doc.inFence(0)).isFalse();
            assertThat(doc.inFence(1)).isTrue();
            assertThat(doc.inFence(2)).isTrue();
            assertThat(doc.inFence(3)).isTrue();
            assertThat(doc.inFence(4)).isTrue();
            assertThat(doc.inFence(5)).isFalse();
            assertThat(doc.sections()).isEmpty();
            assertThat(doc.unclosedFenceLine()).isEqualTo(-1);
        }

        @Test
        void aFenceClosesOnlyWithTheSameCharacterAndAtLeastItsLength() {
            Document doc = Document.parse("~~~~\n```\n~~~\n~~~~~\nafter\n");
            assertThat(doc.inFence(1)).isTrue();
            assertThat(doc.inFence(2)).as("shorter fence does not close").isTrue();
            assertThat(doc.inFence(3)).isTrue();
            assertThat(doc.inFence(4)).isFalse();
        }

        @Test
        void closingFenceMayNotCarryText() {
            Document doc = Document.parse("```\ncode\n``` not a close\n```\nafter\n");
            assertThat(doc.inFence(2)).isTrue();
            assertThat(doc.inFence(4)).isFalse();
        }

        @Test
        void backtickInTheInfoStringIsNotAFence() {
            Document doc = Document.parse("``` a ` b\n# Heading\n");
            assertThat(doc.inFence(0)).isFalse();
            assertThat(doc.sections()).extracting(Section::title).containsExactly("Heading");
        }

        @Test
        void fourSpacesOfIndentIsNotAFence() {
            Document doc = Document.parse("    ```\n# Heading\n");
            assertThat(doc.inFence(0)).isFalse();
            assertThat(doc.sections()).hasSize(1);
        }

        @Test
        void anUnclosedFenceRunsToTheEndAndIsReported() {
            Document doc = Document.parse("# Top\n\n```\n## Hidden\nPhase: 9\n");
            assertThat(doc.unclosedFenceLine()).isEqualTo(2);
            assertThat(doc.inFence(3)).isTrue();
            assertThat(doc.inFence(4)).isTrue();
            assertThat(doc.sections()).extracting(Section::title).containsExactly("Top");
            ParsedState ps = StateParser.parse("f.md", doc.text());
            assertThat(ps.problems()).extracting(ParseProblem::rule, ParseProblem::line).containsExactly(org.assertj.core.groups.Tuple.tuple("unclosed-fence", 3));
            assertThat(ps.model().position().phase()).as("a field inside the fence is not read").isNull();
        }
    }

    @Nested
    class Headings {
        @Test
        void atxLevels() {
            assertThat(Section.atxLevel("# T")).isEqualTo(1);
            assertThat(Section.atxLevel("###### T")).isEqualTo(6);
            assertThat(Section.atxLevel("####### T")).isZero();
            assertThat(Section.atxLevel("#T")).isZero();
            assertThat(Section.atxLevel("#")).isEqualTo(1);
            assertThat(Section.atxLevel("#\tT")).isEqualTo(1);
            assertThat(Section.atxLevel("   ## T")).isEqualTo(2);
            assertThat(Section.atxLevel("    ## T")).isZero();
            assertThat(Section.atxLevel("text # T")).isZero();
            assertThat(Section.atxLevel("")).isZero();
        }

        @Test
        void titlesDropTheClosingSequenceButNotAHashInAWord() {
            Document doc = Document.parse("# T #\n## Next ##\n# C#\n");
            assertThat(doc.sections()).extracting(Section::title).containsExactly("T", "Next", "C#");
        }

        @Test
        void setextUnderlinesAreNotHeadings() {
            Document doc = Document.parse("Title\n=====\n\nPart\n---\n");
            assertThat(doc.sections()).isEmpty();
        }

        @Test
        void sectionsEndAtTheNextHeadingOfTheSameOrHigherLevel() {
            Document doc = Document.parse("# A\n## B\nb\n### C\nc\n## D\nd\n# E\n");
            List<Section> s = doc.sections();
            assertThat(s).extracting(Section::title).containsExactly("A", "B", "C", "D", "E");
            assertThat(s.get(0).endLine()).isEqualTo(7);
            assertThat(s.get(1).endLine()).isEqualTo(5);
            assertThat(s.get(2).endLine()).isEqualTo(5);
            assertThat(s.get(3).endLine()).isEqualTo(7);
            assertThat(s.get(4).endLine()).isEqualTo(8);
            assertThat(s.get(1).firstContentLine()).isEqualTo(2);
            assertThat(doc.sectionAt(4).title()).isEqualTo("C");
            assertThat(doc.sectionAt(6).title()).isEqualTo("D");
            assertThat(Document.parse("text\n# A\n").sectionAt(0)).isNull();
        }

        @Test
        void sectionLookupIgnoresEmphasisEmojiCaseAndTrailingColon() {
            Document doc = Document.parse("## 📍 **Current Position:**\n### Blockers/Concerns\n");
            assertThat(doc.section("current position")).isNotNull();
            assertThat(doc.section("CURRENT POSITION").headingLine()).isZero();
            assertThat(doc.sectionStartingWith("blockers").title()).isEqualTo("Blockers/Concerns");
            assertThat(doc.section("position")).isNull();
            assertThat(Section.normalizeTitle("__Session_Continuity__")).isEqualTo("session continuity");
        }

        @Test
        void headingsInsideFrontmatterAreNotSections() {
            Document doc = Document.parse("---\n# a yaml comment\nk: v\n---\n# Title\n");
            assertThat(doc.bodyStartLine()).isEqualTo(4);
            assertThat(doc.sections()).extracting(Section::title).containsExactly("Title");
        }
    }
}
