package dev.atomstate.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression compiled when it is first used, not when its class is initialised. The readers and rules
 * hold some two hundred patterns, and a cold run compiles each in the interpreter, from 0.1 ms to 4 ms apiece,
 * although a file of one dialect uses fewer than half of them: on seed 001's status, 47 of the 102 patterns its
 * classes held were used, and compiling the other 55 cost about 10 ms of every run. {@code LazyPatternTest} compiles
 * every one of them, so a bad expression still fails the build, not a user's run.
 *
 * <p>Safe to share between threads: the compiled pattern is published through a volatile field, and two threads
 * that race compile equal patterns.
 */
public final class LazyPattern {
    private final String regex;
    private final int flags;
    private volatile Pattern compiled;

    private LazyPattern(String regex, int flags) {
        this.regex = regex;
        this.flags = flags;
    }

    public static LazyPattern of(String regex) {
        return new LazyPattern(regex, 0);
    }

    public static LazyPattern of(String regex, int flags) {
        return new LazyPattern(regex, flags);
    }

    /** The compiled pattern (compiled now if this is its first use). */
    public Pattern get() {
        Pattern p = compiled;
        if (p == null) {
            p = Pattern.compile(regex, flags);
            compiled = p;
        }
        return p;
    }

    public Matcher matcher(CharSequence input) {
        return get().matcher(input);
    }

    public String[] split(CharSequence input) {
        return get().split(input);
    }

    public String[] split(CharSequence input, int limit) {
        return get().split(input, limit);
    }

    public String pattern() {
        return regex;
    }

    public int flags() {
        return flags;
    }

    @Override
    public String toString() {
        return regex;
    }
}
