package dev.atomstate.parse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;

class DateFormsTest {
    /** The day read by hand is LocalDate.parse's day, or null where it refuses: every month and day field, leap years and not. */
    @Test
    void anIsoDayIsWhatLocalDateParseReads() {
        int compared = 0;
        for (int year : new int[] {0, 1, 999, 1900, 1970, 2000, 2023, 2024, 2026, 2100, 2400, 2999, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String s = String.format("%04d-%02d-%02d", year, month, day);
                    LocalDate expected;
                    try {
                        expected = LocalDate.parse(s);
                    } catch (DateTimeParseException e) {
                        expected = null;
                    }
                    assertThat(DateForms.isoDay(s)).as(s).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(13 * 14 * 33);
    }

    @Test
    void aLeadingDateIsReadOnlyNearTheStart() {
        assertThat(DateForms.leadingDate("**2026-02-20** — Phase 62-01 complete")).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(DateForms.leadingDate("2026-02-30 — no such day")).isNull();
        assertThat(DateForms.leadingDate("done on 2026-02-20")).isNull();
    }
}
