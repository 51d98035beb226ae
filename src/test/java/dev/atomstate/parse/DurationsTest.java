package dev.atomstate.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DurationsTest {

    @ParameterizedTest(name = "{0} = {1} min")
    @CsvSource(delimiter = '=', value = {
            "7 = 7",
            "4min = 4",
            "12 minutes = 12",
            "1h 5m = 65",
            "1h5m = 65",
            "2m22s = 2.3666667",
            "2m 22s = 2.3666667",
            "45s = 0.75",
            "2 hours = 120",
            "~45 min = 45",
            "0.8 hours = 48",
            "10 mins = 10",
            "1 hr = 60",
            "1.5h = 90",
            "90 seconds = 1.5",
            "5 min, 30 s = 5.5",
            "3 days = 4320",
            "'  14 min  ' = 14",
            "14 MIN = 14",
            "1:05 = 65",
            "0:45 = 45",
            "1:05:30 = 65.5",
            "90 = 90",
            "14min = 14"})
    void readsMinutes(String text, double minutes) {
        assertThat(Durations.minutes(text)).isCloseTo(minutes, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"junk", "-", "—", "m5", "12min est", "4 min)", "about 5 min", "5 parsecs", "3hx", "TBD", "1:75", "12:3"})
    void junkIsNull(String text) {
        assertThat(Durations.minutes(text)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nothingIsNull(String text) {
        assertThat(Durations.minutes(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1771618929m"})
    void implausibleButReadableIsReadSoThatCheckCanFlagIt(String text) {
        assertThat(Durations.minutes(text)).isEqualTo(1771618929.0);
    }
}
