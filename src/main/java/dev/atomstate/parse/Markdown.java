package dev.atomstate.parse;

import java.util.regex.Matcher;

/**
 * A value's text as a person reads it: without emphasis, strike-through marks, code ticks and link targets, and without
 * the emoji or symbols a value starts with ("🔄 Phase 4 in progress", "✅ **Complete**"). What stands inside code ticks is
 * kept as written ({@code `__init__.py`}). The raw text stays in the model beside it; this is what status shows.
 */
public final class Markdown {
    private Markdown() {
    }

    private static final LazyPattern LINK = LazyPattern.of("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final LazyPattern CODE = LazyPattern.of("`+([^`]*)`+");
    private static final LazyPattern PAIRED = LazyPattern.of(
            "(?<![\\p{L}\\p{N}\\\\])(\\*\\*|__|~~|\\*|_)(?=\\S)(.*?\\S)\\1(?![\\p{L}\\p{N}])");
    private static final LazyPattern LEFTOVER = LazyPattern.of("\\*\\*|~~");
    private static final LazyPattern LEADING_SYMBOLS = LazyPattern.of("^[\\p{So}\\p{Sk}\\p{Cs}\\uFE0F\\u200D\\s]+");

    /** {@code text} without Markdown; null stays null. */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        String s = text;
        if (s.indexOf('[') >= 0) {
            s = LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0 || s.indexOf('~') >= 0 || s.indexOf('`') >= 0) {
            StringBuilder out = new StringBuilder(s.length());
            Matcher code = CODE.matcher(s);
            int from = 0;
            while (code.find()) {
                out.append(emphasis(s.substring(from, code.start()))).append(code.group(1));
                from = code.end();
            }
            out.append(emphasis(s.substring(from)));
            s = out.toString();
        }
        if (!s.isEmpty() && !Character.isLetterOrDigit(s.codePointAt(0))) {
            s = LEADING_SYMBOLS.matcher(s).replaceFirst("");
        }
        return s.strip();
    }

    private static String emphasis(String s) {
        if (s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('~') < 0) {
            return s;
        }
        String prev;
        do {
            prev = s;
            // "$2" puts the group in literally, as quoteReplacement(group(2)) did, with no lambda to spin on a cold run
            s = PAIRED.matcher(s).replaceAll("$2");
        } while (!s.equals(prev));
        return LEFTOVER.matcher(s).replaceAll("");
    }
}
