package dev.atomstate.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Decimals spares status and check BigDecimal's cold start; it must write what BigDecimal writes, for any double. */
class DecimalsTest {
    private static List<Double> numbers() {
        SplittableRandom random = new SplittableRandom(20261202L);
        List<Double> out = new ArrayList<>(List.of(0.0, -0.0, 0.5, -0.5, 1.5, 2.5, 2.675, 77.0, 77.5, 79.16666666666667,
                99.99, 99.995, 99.5, 100.0, 9.5, 0.05, 0.001, 0.0009, 1e7, 9999999.5, 1e15, 1e16, -1.005, 12.345, 1.0 / 3,
                Double.MIN_VALUE, Double.MAX_VALUE, 123456.789));
        for (int i = 0; i < 30_000; i++) {
            switch (i % 5) {
                case 0 -> out.add(random.nextInt(0, 10_001) * 100.0 / random.nextInt(1, 10_001)); // a percent of counts
                case 1 -> out.add(random.nextInt(-100_000, 100_000) / Math.pow(10, random.nextInt(0, 6))); // written decimals
                case 2 -> out.add(random.nextDouble(-1e8, 1e8));
                case 3 -> out.add((random.nextInt(0, 2_000) + 0.5) / Math.pow(10, random.nextInt(0, 4))); // half-way cases
                default -> out.add(Double.longBitsToDouble(random.nextLong()));
            }
        }
        return out;
    }

    @Test
    void plainIsBigDecimalsPlainForm() {
        for (double d : numbers()) {
            if (Double.isFinite(d)) {
                assertThat(Decimals.plain(d)).as("%s", d).isEqualTo(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
            }
        }
    }

    @Test
    void roundedIsBigDecimalsSetScale() {
        for (double d : numbers()) {
            if (!Double.isFinite(d)) {
                continue;
            }
            for (int decimals = 0; decimals <= 4; decimals++) {
                for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING, RoundingMode.HALF_UP}) {
                    assertThat(Decimals.rounded(d, decimals, mode)).as("%s to %d places %s", d, decimals, mode)
                            .isEqualTo(BigDecimal.valueOf(d).setScale(decimals, mode).toPlainString());
                }
            }
        }
    }
}
