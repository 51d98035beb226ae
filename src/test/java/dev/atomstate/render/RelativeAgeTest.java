package dev.atomstate.render;

import dev.atomstate.parse.DateForms;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeAgeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @Test
    void agesInTheWordsAPersonUses() {
        assertThat(RelativeAge.of(TODAY, TODAY)).isEqualTo("today");
        assertThat(RelativeAge.of(TODAY.minusDays(1), TODAY)).isEqualTo("yesterday");
        assertThat(RelativeAge.of(TODAY.minusDays(13), TODAY)).isEqualTo("13 days ago");
        assertThat(RelativeAge.of(TODAY.minusDays(14), TODAY)).isEqualTo("2 weeks ago");
        assertThat(RelativeAge.of(TODAY.minusDays(90), TODAY)).isEqualTo("3 months ago");
        assertThat(RelativeAge.of(TODAY.minusDays(800), TODAY)).isEqualTo("2 years ago");
        assertThat(RelativeAge.of(TODAY.plusDays(1), TODAY)).isEqualTo("tomorrow");
        assertThat(RelativeAge.of(TODAY.plusDays(4), TODAY)).isEqualTo("in 4 days");
    }

    @Test
    void onlyADateAtTheStartOfAValueIsADate() {
        assertThat(DateForms.leadingDate("**2026-03-10** 14:05")).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(DateForms.leadingDate("Completed 02-01 on 2026-03-10")).isNull();
        assertThat(DateForms.leadingDate("2026-02-30 — not a day")).isNull();
        assertThat(DateForms.leadingDate(null)).isNull();
    }
}
