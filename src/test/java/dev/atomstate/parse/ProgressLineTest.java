package dev.atomstate.parse;

import dev.atomstate.parse.ProgressLine.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

    private static List<Segment> parse(String v) {
        return ProgressLine.parse(v, new Span(0, v.length()));
    }

    @Test
    void multiSegmentLineWithMilestonesAndAPhase() {
        String v = "[██████████] 99% (v1.0: 200/203 plans complete) → [███░░░░░░░] 58% (v2.0: 18/31 plans) - Phase 61: 7/9 complete (77.8%)";
        List<Segment> s = parse(v);
        assertThat(s).extracting(Segment::label).containsExactly("v1.0", "v2.0", "Phase 61");

        Segment v1 = s.get(0);
        assertThat(v1.bar().of(v)).isEqualTo("██████████");
        assertThat(v1.barCells()).isEqualTo(10);
        assertThat(v1.barFilled()).isEqualTo(10);
        assertThat(v1.percent().of(v)).isEqualTo("99");
        assertThat(v1.percentValue()).isEqualTo(99.0);
        assertThat(v1.done().of(v)).isEqualTo("200");
        assertThat(v1.total().of(v)).isEqualTo("203");

        Segment v2 = s.get(1);
        assertThat(v2.bar().of(v)).isEqualTo("███░░░░░░░");
        assertThat(v2.barFilled()).isEqualTo(3);
        assertThat(v2.filledGlyph()).isEqualTo("█");
        assertThat(v2.emptyGlyph()).isEqualTo("░");
        assertThat(v2.percent().of(v)).isEqualTo("58");
        assertThat(v2.doneValue()).isEqualTo(18);
        assertThat(v2.totalValue()).isEqualTo(31);

        Segment phase = s.get(2);
        assertThat(phase.bar()).isNull();
        assertThat(phase.done().of(v)).isEqualTo("7");
        assertThat(phase.total().of(v)).isEqualTo("9");
        assertThat(phase.percent().of(v)).isEqualTo("77.8");
        assertThat(phase.percentValue()).isEqualTo(77.8);
    }

    @Test
    void hashDashBar() {
        String v = "[##--------] 20%";
        Segment s = parse(v).get(0);
        assertThat(s.bar().of(v)).isEqualTo("##--------");
        assertThat(s.barCells()).isEqualTo(10);
        assertThat(s.barFilled()).isEqualTo(2);
        assertThat(s.filledGlyph()).isEqualTo("#");
        assertThat(s.emptyGlyph()).isEqualTo("-");
        assertThat(s.percentValue()).isEqualTo(20.0);
        assertThat(s.done()).isNull();
        assertThat(s.label()).isNull();
    }

    @Test
    void twentyCellShadedBar() {
        String v = "[▓▓▓░░░░░░░░░░░░░░░░░] 15%";
        Segment s = parse(v).get(0);
        assertThat(s.barCells()).isEqualTo(20);
        assertThat(s.barFilled()).isEqualTo(3);
        assertThat(s.filledGlyph()).isEqualTo("▓");
        assertThat(s.percent().of(v)).isEqualTo("15");
    }

    @Test
    void bareBarWithoutBrackets() {
        String v = "██████░░░░░░░░░░░░░░ 30% (6/20 plans estimated)";
        List<Segment> segs = parse(v);
        assertThat(segs).hasSize(1);
        Segment s = segs.get(0);
        assertThat(s.bar().of(v)).isEqualTo("██████░░░░░░░░░░░░░░");
        assertThat(s.barCells()).isEqualTo(20);
        assertThat(s.barFilled()).isEqualTo(6);
        assertThat(s.percentValue()).isEqualTo(30.0);
        assertThat(s.doneValue()).isEqualTo(6);
        assertThat(s.totalValue()).isEqualTo(20);
    }

    @Test
    void fractionWithoutPercentLabelledByMilestone() {
        String v = "[█████████░] 6/7 plans complete in milestone v1.3";
        Segment s = parse(v).get(0);
        assertThat(s.percent()).isNull();
        assertThat(s.barFilled()).isEqualTo(9);
        assertThat(s.done().of(v)).isEqualTo("6");
        assertThat(s.total().of(v)).isEqualTo("7");
        assertThat(s.label()).isEqualTo("v1.3");
    }

    @Test
    void proseOnlyHasNoSegments() {
        assertThat(parse("Most of the work is done, the rest is polish")).isEmpty();
        assertThat(parse("")).isEmpty();
    }

    @Test
    void ofFractions() {
        String v = "14 of 15 plans";
        Segment s = parse(v).get(0);
        assertThat(s.doneValue()).isEqualTo(14);
        assertThat(s.totalValue()).isEqualTo(15);
        assertThat(s.bar()).isNull();
    }

    @Test
    void spansAreOffsetByTheValueStart() {
        String line = "Progress: [##--------] 20% (2/10)";
        int start = "Progress: ".length();
        Segment s = ProgressLine.parse(line, new Span(start, line.length())).get(0);
        assertThat(s.bar().of(line)).isEqualTo("##--------");
        assertThat(s.percent().of(line)).isEqualTo("20");
        assertThat(s.done().of(line)).isEqualTo("2");
        assertThat(s.total().of(line)).isEqualTo("10");
        assertThat(s.start()).isEqualTo(start);
    }

    @Test
    void filledCellsRoundsHalfUpAndClamps() {
        assertThat(ProgressLine.filledCells(58.06, 10)).isEqualTo(6);
        assertThat(ProgressLine.filledCells(5, 10)).isEqualTo(1);
        assertThat(ProgressLine.filledCells(4.9, 10)).isZero();
        assertThat(ProgressLine.filledCells(15, 20)).isEqualTo(3);
        assertThat(ProgressLine.filledCells(100, 10)).isEqualTo(10);
        assertThat(ProgressLine.filledCells(150, 10)).isEqualTo(10);
        assertThat(ProgressLine.filledCells(-5, 10)).isZero();
    }
}
