package dev.atomstate.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FieldTest {

    private static Field parse(String line) {
        return Field.parse(line, 0, 0);
    }

    @Test
    void plainField() {
        String line = "Phase: 3";
        Field f = parse(line);
        assertThat(f.key()).isEqualTo("Phase");
        assertThat(f.style()).isEqualTo(Field.Style.PLAIN);
        assertThat(f.value(line)).isEqualTo("3");
        assertThat(f.keySpan().of(line)).isEqualTo("Phase");
        assertThat(f.prefix()).isEmpty();
    }

    @Test
    void boldWithTheColonInside() {
        String line = "**Phase:** 3";
        Field f = parse(line);
        assertThat(f.key()).isEqualTo("Phase");
        assertThat(f.style()).isEqualTo(Field.Style.BOLD_INSIDE);
        assertThat(f.value(line)).isEqualTo("3");
        assertThat(f.keySpan().of(line)).isEqualTo("Phase");
    }

    @Test
    void boldWithTheColonOutside() {
        String line = "**Phase**: 3";
        Field f = parse(line);
        assertThat(f.style()).isEqualTo(Field.Style.BOLD_OUTSIDE);
        assertThat(f.value(line)).isEqualTo("3");
        assertThat(f.keySpan().of(line)).isEqualTo("Phase");
    }

    @Test
    void underscoreBoldCountsLikeStars() {
        String line = "__Plan:__ 2 of 4";
        Field f = parse(line);
        assertThat(f.style()).isEqualTo(Field.Style.BOLD_INSIDE);
        assertThat(f.value(line)).isEqualTo("2 of 4");
    }

    @Test
    void bulletedAndBlockquotedFieldsKeepTheirPrefix() {
        String bullet = "- Total plans completed: 4";
        Field b = parse(bullet);
        assertThat(b.normalizedKey()).isEqualTo("total plans completed");
        assertThat(b.prefix()).isEqualTo("- ");
        assertThat(b.value(bullet)).isEqualTo("4");

        String star = "* **Plan:** 2 of 4";
        assertThat(parse(star).prefix()).isEqualTo("* ");
        assertThat(parse(star).style()).isEqualTo(Field.Style.BOLD_INSIDE);

        String quote = "> Status: ok";
        assertThat(parse(quote).prefix()).isEqualTo("> ");
        assertThat(parse(quote).value(quote)).isEqualTo("ok");

        String both = "> - **Status**: ok";
        Field q = parse(both);
        assertThat(q.prefix()).isEqualTo("> - ");
        assertThat(q.style()).isEqualTo(Field.Style.BOLD_OUTSIDE);
        assertThat(q.value(both)).isEqualTo("ok");
    }

    @Test
    void valueExcludesTrailingSpacesSoAReplacementKeepsThem() {
        String line = "Last activity: 2026-02-20 — x   ";
        Field f = parse(line);
        assertThat(f.value(line)).isEqualTo("2026-02-20 — x");
        assertThat(f.value().end()).isEqualTo(line.length() - 3);
    }

    @Test
    void spansAreAbsoluteOffsetsIntoTheText() {
        String text = "# T\nStatus: In progress\n";
        Field f = Field.parse("Status: In progress", 1, 4);
        assertThat(f.line()).isEqualTo(1);
        assertThat(f.value().of(text)).isEqualTo("In progress");
        assertThat(f.keySpan().of(text)).isEqualTo("Status");
    }

    @Test
    void anEmptyValueIsAnEmptySpanAfterTheColon() {
        Field f = parse("Resume file:");
        assertThat(f.value().length()).isZero();
        assertThat(f.value().start()).isEqualTo("Resume file:".length());
    }

    @Test
    void multiWordKeysAreNormalised() {
        assertThat(parse("Last  Activity: x").normalizedKey()).isEqualTo("last activity");
        assertThat(parse("Résumé file: None").key()).isEqualTo("Résumé file");
    }

    @Test
    void colonsInTheValueStayInTheValue() {
        String line = "Time: 10:30";
        assertThat(parse(line).value(line)).isEqualTo("10:30");
        String url = "See: https://example.com/x";
        assertThat(parse(url).value(url)).isEqualTo("https://example.com/x");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.com/a:b",
            "http://x: y",
            "This is a long sentence with many words: yes",
            "Phase:3",
            "Phase : 3",
            "**Bold** text: not a field",
            "**Phase: 3",
            "| Phase: 3 |",
            "1. Phase: 3",
            "3 plans: done",
            ": no key",
            ""})
    void notFields(String line) {
        assertThat(parse(line)).isNull();
    }

    @Test
    void boldDecisionLabelsParseAsFieldsButAreNotPositionKeys() {
        // "**Phase 35 Plan 02**: text" is a decision, not the Phase field: the key is the whole label
        Field f = parse("**Phase 35 Plan 02**: text");
        assertThat(f.normalizedKey()).isEqualTo("phase 35 plan 02");
    }
}
