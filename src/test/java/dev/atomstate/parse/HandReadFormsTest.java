package dev.atomstate.parse;

import dev.atomstate.safety.FixedSeed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms the parser reads by hand because a big file asks them of every line or row (a regex per line cost most
 * of a parse) give what their regexes give. The regexes here are the specification, as the readers had them; the
 * inputs are random mixes of the fragments those forms are made of, seeded by {@link FixedSeed}.
 */
@AddLifecycleHook(FixedSeed.class)
class HandReadFormsTest {
    private static final String[] FRAGMENTS = {
            "0", "1", "2", "07", "12", "35", "105", "2026", "1234", ".", "..", "-", "--", ":", "::", " ", "  ", "\t", "\n", "\r",
            "\u000B", "\u0085", "\u2028", "\u2003", "\u001C", "a", "z", "Z", "x", "_", "P", "p", "Phase", "phase", "PHASE",
            "Plan", "plan", "[", "]", "[X]", "[Y]", " of ", "[YYYY-MM-DD]", "[Phase name]", "[What happened]", "**", "*", "`",
            "(", ")", "min", "mins", "minutes", "h", "hours", "hr", "s", "sec", "d", "days", "m", "~", "≈", ",", ";", "-PLAN.md",
            "-a", "-Z", "yet", "Yet.", "YET", "None", "none yet", "n/a", "—", "ſ", "K", "İ", "é", "\uD83D\uDE00", "|",
    };

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(9).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void firstPlanId(@ForAll("text") String text) {
        assertThat(PositionValues.firstPlanId(text)).isEqualTo(Spec.firstPlanId(text));
    }

    @Property(tries = 3000)
    void decisionSplit(@ForAll("text") String text) {
        assertThat(DecisionForms.split("[" + text)).containsExactly(Spec.split("[" + text));
        assertThat(DecisionForms.split(text)).containsExactly(Spec.split(text));
    }

    @Property(tries = 3000)
    void metricCells(@ForAll("text") String text) {
        assertThat(MetricTables.count(text)).isEqualTo(Spec.count(text));
        assertThat(MetricTables.leadingNumber(text)).isEqualTo(Spec.leadingNumber(text));
        String cell = ("Phase" + text).strip();
        Matcher m = Spec.GSD_METRIC.matcher(cell);
        String[] byHand = MetricTables.gsdPhasePlan(cell);
        if (m.matches()) {
            assertThat(byHand).containsExactly(m.group(1), m.group(2));
        } else {
            assertThat(byHand).isNull();
        }
    }

    @Property(tries = 3000)
    void durations(@ForAll("text") String text) {
        assertThat(Durations.minutes(text)).isEqualTo(Spec.minutes(text));
        assertThat(Durations.minutes("4" + text)).isEqualTo(Spec.minutes("4" + text));
    }

    @Property(tries = 3000)
    void fieldKeys(@ForAll("text") String text) {
        assertThat(Field.normalizeKey(text)).isEqualTo(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    @Property(tries = 3000)
    void planIdParts(@ForAll("text") String text) {
        assertThat(PlanIds.withoutLeadingZeros(text)).isEqualTo(text.replaceFirst("^0+(?=\\d)", ""));
        assertThat(PlanIds.withoutPhaseLabel(text)).isEqualTo(text.replaceFirst("(?i)^Phase\\s+", ""));
        assertThat(PlanIds.withoutPhaseLabel("Phase" + text)).isEqualTo(("Phase" + text).replaceFirst("(?i)^Phase\\s+", ""));
        assertThat(PlanIds.leadingNumber(text)).isEqualTo(text.replaceFirst("[^\\d.].*$", ""));
        assertThat(Whitespace.collapse(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @Property(tries = 3000)
    void placeholders(@ForAll("text") String text) {
        Matcher t = Spec.TEMPLATE.matcher(text);
        PlaceholderText.Template byHand = PlaceholderText.template(text);
        if (t.find()) {
            assertThat(byHand).isEqualTo(new PlaceholderText.Template(t.start(), t.group()));
        } else {
            assertThat(byHand).isNull();
        }
        assertThat(PlaceholderText.isStrayYetLine(text)).isEqualTo(Spec.STRAY_YET.matcher(text.strip()).matches());
    }

    @Example
    void theCommonCasesTakeTheHandWrittenPath() {
        assertThat(PositionValues.firstPlanId("Phase 105-03 COMPLETE - plan 7 (2026-02-20)")).isEqualTo("105-03");
        assertThat(PositionValues.firstPlanId("on 2026-02-20 then 1234-05, 5.1-02-PLAN.md")).isEqualTo("5.1-02");
        assertThat(DecisionForms.split("[Phase 35]: Keep it")).containsExactly("35", "Keep it");
        assertThat(DecisionForms.split("**[02-04]** Bold first")).containsExactly(Spec.split("**[02-04]** Bold first"));
        assertThat(MetricTables.gsdPhasePlan("Phase 35 P02")).containsExactly("35", "02");
        assertThat(MetricTables.count("3 tasks")).isEqualTo(3);
        assertThat(Durations.minutes("2 hours")).isEqualTo(120.0);
        assertThat(Durations.minutes("1:05")).isEqualTo(65.0);
    }

    /** The readers as they were: regexes. */
    private static final class Spec {
        static final Pattern GSD_METRIC = Pattern.compile("^Phase\\s+(\\S+?)\\s+P(\\S+)$");
        static final Pattern TEMPLATE = Pattern.compile(
                "\\[[A-Z]\\]\\s+of\\s+\\[[A-Z]\\]|\\[YYYY-MM-DD\\]|\\[(?:Phase name|What happened|Current phase name)\\]");
        static final Pattern STRAY_YET = Pattern.compile("(?i)^(?:[-*+]\\s+)?yet\\.?$");
        static final Pattern BRACKET = Pattern.compile("^\\[([^\\]]+)\\]:?\\s*(.*)$");
        static final Pattern BOLD = Pattern.compile("^\\*\\*([^*]+?):?\\*\\*:?\\s*(.*)$");
        static final Pattern PHASE_WORD = Pattern.compile("(?i)^Phase\\s+");
        static final Pattern PART = Pattern.compile(
                "(\\d+(?:\\.\\d+)?)\\s*(hours|hour|hrs|hr|h|minutes|minute|mins|min|m|seconds|second|secs|sec|s|days|day|d)?(?![a-z])");
        static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?");

        static String firstPlanId(String text) {
            Matcher m = Pattern.compile("(?<![\\w.-])(\\d+(?:\\.\\d+)*)-(\\d{1,3})(?![\\d.]|-[a-z])").matcher(text);
            while (m.find()) {
                if (m.group(1).length() == 4 && text.startsWith("-", m.end())) {
                    continue;
                }
                if (m.group(1).length() >= 4) {
                    continue;
                }
                return m.group(1) + "-" + m.group(2);
            }
            return null;
        }

        static String[] split(String text) {
            Matcher b = BRACKET.matcher(text);
            if (b.matches()) {
                return new String[] {PHASE_WORD.matcher(b.group(1)).replaceFirst("").strip(), b.group(2)};
            }
            Matcher s = BOLD.matcher(text);
            if (s.matches() && DecisionForms.isPhaseLabel(PHASE_WORD.matcher(s.group(1)).replaceFirst(""))) {
                return new String[] {PHASE_WORD.matcher(s.group(1)).replaceFirst("").strip(), s.group(2)};
            }
            return new String[] {null, text};
        }

        static Integer count(String cell) {
            Matcher m = Pattern.compile("^(\\d+)(?:\\s+\\w+)?$").matcher(cell.strip());
            return m.matches() ? Integer.valueOf(m.group(1).length() > 9 ? "0" : m.group(1)) : null;
        }

        static String leadingNumber(String s) {
            Matcher m = Pattern.compile("^(?:Phase\\s+)?(\\d+(?:\\.\\d+)*)").matcher(s.strip());
            return m.find() ? m.group(1) : null;
        }

        static Double minutes(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT).replace("~", "").replace("≈", "").strip();
            if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
                return null;
            }
            Matcher clock = CLOCK.matcher(t);
            if (clock.matches()) {
                return Integer.parseInt(clock.group(1)) * 60 + Integer.parseInt(clock.group(2))
                        + (clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3)) / 60.0);
            }
            Matcher m = PART.matcher(t);
            double total = 0;
            int pos = 0;
            boolean any = false;
            while (m.find()) {
                if (!t.substring(pos, m.start()).isBlank() && !t.substring(pos, m.start()).strip().equals(",")) {
                    return null;
                }
                double n = Double.parseDouble(m.group(1));
                String unit = m.group(2) == null ? "min" : m.group(2);
                total += switch (unit.charAt(0)) {
                    case 'h' -> n * 60;
                    case 's' -> n / 60;
                    case 'd' -> n * 24 * 60;
                    default -> n;
                };
                pos = m.end();
                any = true;
            }
            if (!any || !t.substring(pos).isBlank()) {
                return null;
            }
            return total;
        }
    }
}
