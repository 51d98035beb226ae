package dev.atomstate.model;

import dev.atomstate.parse.PlanIds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanIdTest {

    @Test
    void parsesExactIdsOnly() {
        PlanId id = PlanIds.parse("62-01");
        assertThat(id.phase()).isEqualTo("62");
        assertThat(id.plan()).isEqualTo("01");
        assertThat(PlanIds.parse(" 5.1-02 ")).isEqualTo(new PlanId("5.1", "02"));
        assertThat(PlanIds.parse("62")).isNull();
        assertThat(PlanIds.parse("62-01-PLAN.md")).isNull();
        assertThat(PlanIds.parse("abc")).isNull();
        assertThat(PlanIds.parse("62-x")).isNull();
        assertThat(PlanIds.parse("-01")).isNull();
        assertThat(PlanIds.parse("5.-01")).isNull();
    }

    @Test
    void theConstructorRefusesNonNumbers() {
        assertThatThrownBy(() -> new PlanId("x", "01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanId("3", "1a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityOfNumbersIgnoresPaddingButRecordEqualityDoesNot() {
        PlanId a = PlanIds.parse("3-2");
        PlanId b = PlanIds.parse("03-02");
        assertThat(a.sameAs(b)).isTrue();
        assertThat(a.compareTo(b)).isZero();
        assertThat(a).as("the record keeps the digits as written").isNotEqualTo(b);
        assertThat(a.sameAs(PlanIds.parse("3-3"))).isFalse();
        assertThat(a.sameAs(PlanIds.parse("30-2"))).isFalse();
        assertThat(a.sameAs(null)).isFalse();
    }

    @Test
    void samePhaseIsNumeric() {
        PlanId id = PlanIds.parse("03-02");
        assertThat(id.samePhase("3")).isTrue();
        assertThat(id.samePhase("003")).isTrue();
        assertThat(id.samePhase("3.0")).as("3.0 is a sub-phase of 3").isFalse();
        assertThat(id.samePhase("30")).isFalse();
        assertThat(id.samePhase(null)).isFalse();
    }

    @Test
    void phasesOrderNumericallyWithDecimalsBetween() {
        List<String> phases = new ArrayList<>(List.of("10", "6", "5.2", "5", "5.10", "5.1"));
        phases.sort(PlanId::comparePhases);
        assertThat(phases).containsExactly("5", "5.1", "5.2", "5.10", "6", "10");
        assertThat(PlanId.comparePhases("05", "5")).isZero();
        assertThat(PlanId.comparePhases("9", "10")).isNegative();
    }

    @Test
    void idsOrderByPhaseThenPlan() {
        List<PlanId> ids = new ArrayList<>(Stream.of("10-01", "5.1-03", "6-01", "5-10", "5-02", "5.2-01", "5-9")
                .map(PlanIds::parse).toList());
        ids.sort(null);
        assertThat(ids).extracting(PlanId::toString)
                .containsExactly("5-02", "5-9", "5-10", "5.1-03", "5.2-01", "6-01", "10-01");
    }

    @Test
    void paddingFollowsTheId() {
        assertThat(PlanIds.parse("62-01").withPlan(2).toString()).isEqualTo("62-02");
        assertThat(PlanIds.parse("62-001").withPlan(12).toString()).isEqualTo("62-012");
        assertThat(PlanIds.parse("62-1").withPlan(12).toString()).isEqualTo("62-12");
        assertThat(PlanId.pad(7, 2)).isEqualTo("07");
        assertThat(PlanId.pad(123, 2)).isEqualTo("123");
        assertThat(PlanId.pad(0, 1)).isEqualTo("0");
    }

    @Test
    void planNumberAndToString() {
        PlanId id = PlanIds.parse("5.1-02");
        assertThat(id.planNumber()).isEqualTo(2);
        assertThat(id.toString()).isEqualTo("5.1-02");
    }

    @Test
    void hugeNumbersDoNotOverflow() {
        PlanId big = PlanIds.parse("1-99999999999999999999999");
        assertThat(big).isNotNull();
        assertThat(big.compareTo(PlanIds.parse("1-1"))).isPositive();
        assertThat(PlanId.comparePhases("99999999999999999999", "1")).isPositive();
    }
}
