package dev.atomstate.parse;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Patterns are compiled on first use, so a bad expression would only fail the run that reaches it: this compiles
 * every pattern our classes hold, and checks that a lazy pattern is the pattern it names.
 */
class LazyPatternTest {
    @Test
    void everyPatternOurClassesHoldCompiles() throws Exception {
        Path classes = Path.of(LazyPattern.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> compiled = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                for (Field f : type.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == LazyPattern.class) {
                        f.setAccessible(true);
                        try {
                            ((LazyPattern) f.get(null)).get();
                            compiled.add(name + "." + f.getName());
                        } catch (PatternSyntaxException e) {
                            failed.add(name + "." + f.getName() + ": " + e.getDescription());
                        }
                    }
                }
            }
        }
        assertThat(failed).isEmpty();
        assertThat(compiled).as("the readers' patterns were found").hasSizeGreaterThan(150);
    }

    @Test
    void aLazyPatternMatchesAsItsPatternWould() {
        LazyPattern lazy = LazyPattern.of("phase\\s+(\\d+)", Pattern.CASE_INSENSITIVE);
        var m = lazy.matcher("Now in PHASE 12 of 20");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("12");
        assertThat(lazy.get()).isSameAs(lazy.get());
        assertThat(lazy.get().flags()).isEqualTo(Pattern.CASE_INSENSITIVE);
        assertThat(LazyPattern.of(",\\s*").split("a, b,c")).containsExactly("a", "b", "c");
    }

    @Test
    void aBadExpressionFailsWhereItIsFirstUsed() {
        LazyPattern bad = LazyPattern.of("(unclosed");
        assertThatThrownBy(bad::get).isInstanceOf(PatternSyntaxException.class);
    }
}
