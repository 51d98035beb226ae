package dev.atomstate.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pool gives one instance per short value, passes long ones through, and stops growing at its bound. */
class StringPoolTest {
    @Test
    void equalShortValuesShareOneInstanceAndOthersPassThrough() {
        StringPool pool = new StringPool();
        String first = pool.of(new String("37min"));
        assertThat(pool.of(new String("37min"))).isSameAs(first);
        assertThat(pool.of(Double.valueOf(37.0))).isSameAs(pool.of(Double.valueOf(37.0)));
        String longer = "a value longer than the pool keeps";
        String copy = new String(longer);
        pool.of(longer);
        assertThat(pool.of(copy)).isSameAs(copy);
        assertThat(pool.of((String) null)).isNull();
        assertThat(pool.of((Double) null)).isNull();
    }

    @Test
    void pastItsBoundAValueIsKeptAsItComes() {
        StringPool pool = new StringPool();
        String v1 = null;
        for (int i = 0; i < 10_000; i++) {
            String v = pool.of("v" + i);
            if (i == 1) {
                v1 = v;
            }
        }
        String late = new String("v9999");
        assertThat(pool.of(late)).as("not kept: the pool was full").isSameAs(late);
        assertThat(pool.of(new String("v1"))).as("kept before the pool was full").isSameAs(v1);
    }
}
