package dev.atomstate.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.Durations;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class StylesTest {
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-03-01T09:30:00Z");
    private static final ZonedDateTime NEW_YORK_EVENING = ZonedDateTime.parse("2026-03-01T23:30:00-05:00");

    @Nested
    class Dates {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "2026-02-20 01:37, 2026-03-01 09:30",
                "2026-02-20, 2026-03-01",
                "2026-02-20T01:37, 2026-03-01T09:30",
                "2026-02-20 1:37:05, 2026-03-01 09:30:00",
                "2026-06-01T10:00:00.000Z, 2026-03-01T09:30:00.000Z",
                "2026-06-01T10:00:00Z, 2026-03-01T09:30:00Z",
                "2026-02-20 — Completed 02-01, 2026-03-01",
                "yesterday, 2026-03-01 09:30"})
        void likeTheExample(String example, String expected) {
            assertThat(Styles.dateLike(DateForms.of(example), NOW)).isEqualTo(expected);
        }

        @Test
        void localFormsUseTheClockZoneButZuluIsUtc() {
            assertThat(Styles.dateLike(DateForms.of("2026-02-20 01:37"), NEW_YORK_EVENING)).isEqualTo("2026-03-01 23:30");
            assertThat(Styles.dateLike(DateForms.of("2026-06-01T10:00:00Z"), NEW_YORK_EVENING)).isEqualTo("2026-03-02T04:30:00Z");
            assertThat(Styles.dateLike(DateForms.of("2026-06-01T10:00:00+02:00"), NEW_YORK_EVENING)).isEqualTo("2026-03-01T23:30:00-05:00");
            assertThat(Styles.dateLike(DateForms.of("2026-06-01T10:00:00+0200"), NEW_YORK_EVENING)).isEqualTo("2026-03-01T23:30:00-0500");
        }

        @Test
        void noExampleGivesDateAndMinutes() {
            assertThat(Styles.dateLike(DateForms.of(null), NOW)).isEqualTo("2026-03-01 09:30");
            assertThat(Styles.date(NOW)).isEqualTo("2026-03-01");
        }
    }

    @Nested
    class Percents {
        @ParameterizedTest(name = "{0} with {1} -> {2}")
        @CsvSource({
                "58, 66.6666, 67",
                "77.8, 66.6666, 66.7",
                "0.00, 12.25, 12.25",
                "77.8, 12.25, 12.3",
                "58, 12.5, 13",
                "58, 99.6, 100",
                "5., 12.5, 13"})
        void decimalsLikeTheExampleRoundedHalfUp(String example, double value, String expected) {
            assertThat(Styles.percentLike(example, value)).isEqualTo(expected);
        }

        @Test
        void noExampleMeansWholeNumbers() {
            assertThat(Styles.percentLike(null, 71.43)).isEqualTo("71");
        }
    }

    @Nested
    class Bars {
        @Test
        void glyphSetsAndWidths() {
            assertThat(Styles.bar(10, 3, "█", "░")).isEqualTo("███░░░░░░░");
            assertThat(Styles.bar(10, 2, "#", "-")).isEqualTo("##--------");
            assertThat(Styles.bar(20, 3, "▓", "░")).isEqualTo("▓▓▓░░░░░░░░░░░░░░░░░");
            assertThat(Styles.bar(5, 2, "●", "○")).isEqualTo("●●○○○");
        }

        @Test
        void aMissingGlyphIsInferredFromItsPartner() {
            // a full bar has no empty glyph to copy, an empty bar no filled one
            assertThat(Styles.bar(10, 7, "█", null)).isEqualTo("███████░░░");
            assertThat(Styles.bar(10, 7, "▓", null)).isEqualTo("▓▓▓▓▓▓▓░░░");
            assertThat(Styles.bar(10, 7, "#", null)).isEqualTo("#######---");
            assertThat(Styles.bar(5, 2, null, "░")).isEqualTo("██░░░");
            assertThat(Styles.bar(5, 2, null, "▱")).isEqualTo("▰▰▱▱▱");
            assertThat(Styles.bar(5, 2, null, "-")).isEqualTo("##---");
            assertThat(Styles.bar(4, 2, null, null)).isEqualTo("██░░");
        }

        @Test
        void emptyAndFullBarsKeepTheirWidth() {
            assertThat(Styles.bar(4, 0, "█", "░")).isEqualTo("░░░░");
            assertThat(Styles.bar(4, 4, "█", "░")).isEqualTo("████");
        }
    }

    @Nested
    class Minutes {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"7, 16", "4min, 16min", "4m, 16m", "12 min, 16 min", "12 minutes, 16 minutes", "12 mins, 16 mins", "1h 5m, 16 min"})
        void likeTheNeighbour(String example, String expected) {
            assertThat(Styles.minutesLike(Durations.form(example), 16.4)).isEqualTo(expected);
        }

        @Test
        void atLeastOneMinuteAndRounded() {
            assertThat(Styles.minutesLike(Durations.form("7"), 0.2)).isEqualTo("1");
            assertThat(Styles.minutesLike(Durations.form("7"), 16.5)).isEqualTo("17");
            assertThat(Styles.minutesLike(Durations.form(null), 65)).isEqualTo("65 min");
        }
    }

    @Nested
    class YamlScalars {
        private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

        /** The scalar, written as the value of a key, reads back as exactly {@code value}. */
        private void roundTrips(String scalar, String value) throws Exception {
            JsonNode node = yaml.readTree("k: " + scalar + "\n");
            assertThat(node.get("k").isTextual()).as("%s reads as a string", scalar).isTrue();
            assertThat(node.get("k").asText()).isEqualTo(value);
        }

        @Test
        void plainStaysPlainWhenSafe() throws Exception {
            assertThat(Styles.yamlScalarLike("Completed 08-02-PLAN.md", "Completed 08-03-PLAN.md")).isEqualTo("Completed 08-03-PLAN.md");
            assertThat(Styles.yamlScalarLike("x", "a:b")).isEqualTo("a:b");
            assertThat(Styles.yamlScalarLike("x", "x#y")).isEqualTo("x#y");
            assertThat(Styles.yamlScalarLike("x", "ok-dash")).isEqualTo("ok-dash");
            String inner = "back\\slash \"q\"";
            assertThat(Styles.yamlScalarLike("x", inner)).isEqualTo(inner);
            roundTrips(inner, inner);
        }

        @ParameterizedTest
        @ValueSource(strings = {"say \"hi\"", "a: b", "ends:", "x #y", "#hash", "-lead", "- lead", "yes", "True", "null", "~",
                "", "  pad", "@at", "%pct", "[x]", "{x}", "*alias", "&anchor", "!tag", "|", ">"})
        void quotedWhenPlainWouldChangeTheMeaning(String value) throws Exception {
            String scalar = Styles.yamlScalarLike("plain", value);
            roundTrips(scalar, value);
            if (!value.equals("say \"hi\"")) {
                assertThat(scalar).startsWith("\"");
            }
        }

        @Test
        void doubleQuotesEscapeQuotesBackslashesAndControls() throws Exception {
            assertThat(Styles.yamlScalarLike("\"old\"", "say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
            assertThat(Styles.yamlScalarLike("\"old\"", "a\\b")).isEqualTo("\"a\\\\b\"");
            assertThat(Styles.yamlScalarLike("\"old\"", "tab\there")).isEqualTo("\"tab\\there\"");
            assertThat(Styles.yamlScalarLike("\"old\"", "plain")).as("a quoted example stays quoted").isEqualTo("\"plain\"");
            roundTrips(Styles.yamlScalarLike("\"old\"", "line\nbreak"), "line\nbreak");
            roundTrips(Styles.yamlScalarLike("\"old\"", "bell\u0007"), "bell\u0007");
        }

        @Test
        void singleQuotedStaysSingleQuoted() throws Exception {
            String scalar = Styles.yamlScalarLike("'old'", "it's: #1");
            assertThat(scalar).isEqualTo("'it''s: #1'");
            roundTrips(scalar, "it's: #1");
        }

        @Test
        void isoInstantInQuotesLikeGsdWritesIt() {
            assertThat(Styles.yamlScalarLike("\"2026-06-01T10:00:00.000Z\"", "2026-03-01T09:30:00.000Z"))
                    .isEqualTo("\"2026-03-01T09:30:00.000Z\"");
        }
    }
}
