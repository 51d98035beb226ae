package dev.atomstate.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaTraceTest {
    @Test
    void framesAndQualifiedExceptionsAreTraces() {
        assertThat(JavaTrace.in("atomstate: internal error: java.lang.NullPointerException")).isTrue();
        assertThat(JavaTrace.in("boom\n\tat dev.atomstate.cli.Cli.run(Cli.java:30)\n")).isTrue();
        assertThat(JavaTrace.in("com.fasterxml.jackson.core.JsonParseException: x")).isTrue();
    }

    @Test
    void exceptionsNamedInPlanningTextAreNot() {
        assertThat(JavaTrace.in("atomstate: STATE.md:38: no blocker matches; open blockers: #1 \"Ad-hoc HTTPException checks removed\"")).isFalse();
        assertThat(JavaTrace.in("decided to catch IllegalStateException at the boundary")).isFalse();
    }
}
