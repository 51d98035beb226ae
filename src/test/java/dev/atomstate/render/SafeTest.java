package dev.atomstate.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTest {
    @Test
    void linesKeepLfAndCrlfAndShowALoneCrAsTheLineBreakItIs() {
        assertThat(Safe.lines("a\nb\r\nc\rd")).isEqualTo("a\nb\r\nc\nd");
        assertThat(Safe.lines("x\r")).isEqualTo("x\n");
        assertThat(Safe.lines("\r\r\n")).isEqualTo("\n\r\n");
        assertThat(Safe.lines("a\u001b[2J\rb")).isEqualTo("a\\u001B[2J\nb");
    }

    @Test
    void aCrInOneLineOfTextIsShownEscaped() {
        assertThat(Safe.text("a\rb")).isEqualTo("a\\rb");
    }
}
