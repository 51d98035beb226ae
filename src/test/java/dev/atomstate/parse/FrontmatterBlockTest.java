package dev.atomstate.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrontmatterBlockTest {

    private static final String GSD = """
            ---
            gsd_state_version: 1.0
            milestone: v1.2
            stopped_at: Completed 08-02-PLAN.md
            last_updated: "2026-06-01T10:00:00.000Z"
            note: 'it''s here' # comment
            plain: value # trailing comment
            progress:
              total_plans: 9
              completed_plans: 5
              "quoted key": 7
            list:
              - a
            empty:
            ---

            # Project State
            """;

    @Test
    void oneBlockWithItsLinesAndTheBodyAfterIt() {
        Document doc = Document.parse(GSD);
        assertThat(doc.frontmatter()).hasSize(1);
        FrontmatterBlock b = doc.frontmatter().get(0);
        assertThat(b.openLine()).isZero();
        assertThat(b.closeLine()).isEqualTo(14);
        assertThat(doc.bodyStartLine()).isEqualTo(15);
        assertThat(doc.sections()).extracting(Section::title).containsExactly("Project State");
        assertThat(b.yaml(doc.text())).startsWith("gsd_state_version: 1.0\n").endsWith("empty:\n");
    }

    @Test
    void quotedValuesAreUnquotedButTheSpanCoversTheQuotes() {
        Document doc = Document.parse(GSD);
        FrontmatterBlock b = doc.frontmatter().get(0);
        FrontmatterBlock.Entry updated = b.entry("last_updated");
        assertThat(updated.raw()).isEqualTo("\"2026-06-01T10:00:00.000Z\"");
        assertThat(updated.unquoted()).isEqualTo("2026-06-01T10:00:00.000Z");
        assertThat(updated.value().of(GSD)).isEqualTo("\"2026-06-01T10:00:00.000Z\"");
        FrontmatterBlock.Entry note = b.entry("note");
        assertThat(note.raw()).isEqualTo("'it''s here'");
        assertThat(note.unquoted()).isEqualTo("it's here");
        assertThat(b.entry("plain").raw()).as("a comment is not part of a plain scalar").isEqualTo("value");
        assertThat(b.entry("stopped_at").unquoted()).isEqualTo("Completed 08-02-PLAN.md");
    }

    @Test
    void doubleQuotedEscapesAreUndone() {
        String t = "---\nk: \"say \\\"hi\\\" \\\\ ok\"\n---\n";
        FrontmatterBlock.Entry e = Document.parse(t).frontmatter().get(0).entry("k");
        assertThat(e.unquoted()).isEqualTo("say \"hi\" \\ ok");
    }

    @Test
    void nestedKeysUseAParentDotChildPath() {
        FrontmatterBlock b = Document.parse(GSD).frontmatter().get(0);
        assertThat(b.entry("progress.total_plans").raw()).isEqualTo("9");
        assertThat(b.entry("progress.completed_plans").raw()).isEqualTo("5");
        assertThat(b.entry("progress.quoted key").raw()).isEqualTo("7");
        assertThat(b.entry("progress").raw()).isEmpty();
        assertThat(b.entry("total_plans")).isNull();
        assertThat(b.entries().keySet()).doesNotContain("list.a", "- a");
        assertThat(b.entry("empty").raw()).isEmpty();
        assertThat(b.entry("progress.completed_plans").line()).isEqualTo(9);
    }

    @Test
    void stackedBlocksAreAllFoundAndTheBodyStartsAfterTheLast() {
        String t = "---\na: 1\n---\n\n---\nb: 2\n---\n# Title\n";
        Document doc = Document.parse(t);
        List<FrontmatterBlock> blocks = doc.frontmatter();
        assertThat(blocks).extracting(FrontmatterBlock::openLine).containsExactly(0, 4);
        assertThat(blocks.get(1).entry("b").raw()).isEqualTo("2");
        assertThat(doc.bodyStartLine()).isEqualTo(7);
        ParsedState ps = StateParser.parse("f.md", t);
        assertThat(ps.model().frontmatter()).containsEntry("a", "1").doesNotContainKey("b");
        assertThat(ps.problems()).extracting(ParseProblem::rule).containsExactly("frontmatter-invalid");
        assertThat(ps.problems().get(0).line()).isEqualTo(5);
    }

    @Test
    void aThematicBreakAfterFrontmatterIsNotASecondBlock() {
        String t = "---\na: 1\n---\n\n---\n# Not yaml\nText\n---\n";
        Document doc = Document.parse(t);
        assertThat(doc.frontmatter()).hasSize(1);
        assertThat(doc.bodyStartLine()).isEqualTo(3);
        assertThat(doc.sections()).extracting(Section::title).containsExactly("Not yaml");
    }

    @Test
    void dotsCloseABlockAndAnUnclosedBlockIsNoFrontmatter() {
        assertThat(Document.parse("---\na: 1\n...\nbody\n").bodyStartLine()).isEqualTo(3);
        Document open = Document.parse("---\na: 1\n# Title\n");
        assertThat(open.frontmatter()).isEmpty();
        assertThat(open.bodyStartLine()).isZero();
    }

    @Test
    void frontmatterOnlyCountsAtTheTop() {
        Document doc = Document.parse("# Title\n---\na: 1\n---\n");
        assertThat(doc.frontmatter()).isEmpty();
    }

    @Test
    void crlfFrontmatterValuesExcludeTheCarriageReturn() {
        String t = "---\r\nmilestone: v1.2\r\n---\r\n";
        FrontmatterBlock.Entry e = Document.parse(t).frontmatter().get(0).entry("milestone");
        assertThat(e.raw()).isEqualTo("v1.2");
        assertThat(e.value().of(t)).isEqualTo("v1.2");
    }

    @Test
    void invalidYamlIsAProblemWithTheFileLine() {
        ParsedState ps = StateParser.parse("f.md", "---\na: 1\nb: [unclosed\n---\n# T\n");
        assertThat(ps.problems()).hasSize(1);
        ParseProblem p = ps.problems().get(0);
        assertThat(p.rule()).isEqualTo("frontmatter-invalid");
        assertThat(p.line()).isBetween(3, 4);
        assertThat(StateParser.parse("f.md", GSD).problems()).isEmpty();
    }
}
