package dev.atomstate.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What follows the number on a phase line, read as a person reads it: a name and a lifecycle word, in whichever order and
 * wrapping the file uses — "(Python Package Support)", " — Job Execution & Lifecycle (Complete)", " COMPLETE (API Layer)",
 * " (slug) — EXECUTING", " — ✅ COMPLETE & VERIFIED", " in progress → 1/2 plans complete", " — Deploy & Polish (7 of 7 plans
 * complete)". A lifecycle word is a state, never a name; a count of plans in parentheses is neither.
 */
public final class PhaseText {
    private PhaseText() {
    }

    /** A name and a lifecycle word; either may be null. */
    public record Rest(String name, String state) {
    }

    private static final String LIFECYCLE = "(?:complete|completed|done|executing|in[ -]progress|planned|planning|not (?:yet )?started"
            + "|ready(?: to (?:plan|execute|start|verify))?|verified|pending|active|blocked|shipped|paused|started|finished"
            + "|in review|under review|researching|discussing|queued|deployed|archived|wip|todo|closed|current)";
    /** A value that is a lifecycle word, perhaps behind emoji and "Phase": "✅ COMPLETE & VERIFIED", "Phase complete", "planning". */
    private static final LazyPattern STATE = LazyPattern.of("(?iu)^[^\\p{L}\\p{N}(]*(?:phase\\s+)?" + LIFECYCLE + "(?![\\p{L}\\p{N}]).*",
            Pattern.DOTALL);
    /** The lifecycle words at the start, with "&", "and", "," joining more of them: "COMPLETE & VERIFIED". */
    private static final LazyPattern STATE_WORDS = LazyPattern.of("(?iu)^[^\\p{L}\\p{N}(]*(?:phase\\s+)?" + LIFECYCLE
            + "(?:\\s*(?:&|and|,|/|\\+)\\s*" + LIFECYCLE + ")*(?![\\p{L}\\p{N}])");
    /** "7 of 7 plans complete", "3/4 plans": a count of plans, not a name. */
    private static final LazyPattern PLANS_COUNT = LazyPattern.of("(?i)(\\d{1,4})\\s*(?:of|/)\\s*(\\d{1,4})\\s+plans?\\b");
    private static final LazyPattern LEADING_SEPARATOR = LazyPattern.of("^(?:—|–|--|-|:|,|→)\\s*");
    /** A separator between a name and what is said about it: " — ", " -- ", " – ", " - ", " → ". */
    private static final LazyPattern INNER_SEPARATOR = LazyPattern.of("\\s+(?:—|–|--|-|→)\\s+");
    private static final LazyPattern WRAPPED_NUMBER = LazyPattern.of("^(\\*\\*|__|`)(\\d+(?:\\.\\d+)*)\\1");

    /** Whether {@code value} is a lifecycle word rather than a name ("Completed", "✅ COMPLETE & VERIFIED", "Phase complete"). */
    public static boolean isState(String value) {
        return value != null && STATE.matcher(value.strip()).matches();
    }

    /** "**6** — Name" → "6 — Name": emphasis or code ticks around the leading number only. */
    static String unwrapNumber(String value) {
        if (value.isEmpty() || value.charAt(0) != '*' && value.charAt(0) != '_' && value.charAt(0) != '`') {
            return value; // the pattern's first character, checked before it is compiled or run
        }
        Matcher m = WRAPPED_NUMBER.matcher(value);
        return m.find() ? m.group(2) + value.substring(m.end()) : value;
    }

    /** The name and lifecycle word in what follows a phase number ({@code rest}, leading spaces and separators included). */
    public static Rest rest(String rest) {
        String r = LEADING_SEPARATOR.matcher(rest.strip()).replaceFirst("").strip();
        if (r.isEmpty() || r.regionMatches(true, 0, "plan ", 0, 5)) {
            return new Rest(null, null);
        }
        if (r.startsWith("(")) {
            int close = r.indexOf(')');
            if (close < 0) {
                return new Rest(name(r), null);
            }
            String inner = r.substring(1, close).strip();
            String after = LEADING_SEPARATOR.matcher(r.substring(close + 1).strip()).replaceFirst("").strip();
            if (isState(inner)) {
                return new Rest(after.isEmpty() || isState(after) ? null : name(after), inner);
            }
            return new Rest(inner.isEmpty() ? null : Markdown.plain(inner), after.isEmpty() || !isState(after) ? null : after);
        }
        if (isState(r)) {
            Matcher words = STATE_WORDS.matcher(r);
            if (words.find()) {
                String after = r.substring(words.end()).strip();
                if (after.startsWith("(") && after.endsWith(")")) {
                    String inner = after.substring(1, after.length() - 1).strip();
                    if (!inner.isEmpty() && !isState(inner) && !PLANS_COUNT.matcher(inner).find() && looksLikeName(inner)) {
                        return new Rest(Markdown.plain(inner), r.substring(0, words.end()).strip());
                    }
                }
            }
            return new Rest(null, r);
        }
        String name = r;
        String state = null;
        Matcher sep = INNER_SEPARATOR.matcher(name);
        while (sep.find()) {
            String after = name.substring(sep.end());
            if (isState(after) || PLANS_COUNT.matcher(after).lookingAt()) {
                state = isState(after) ? after.strip() : null;
                name = name.substring(0, sep.start());
                break;
            }
        }
        if (name.endsWith(")")) {
            int open = name.lastIndexOf('(');
            if (open > 0) {
                String inner = name.substring(open + 1, name.length() - 1).strip();
                if (isState(inner) || PLANS_COUNT.matcher(inner).find()) {
                    state = state != null || !isState(inner) ? state : inner;
                    name = name.substring(0, open);
                }
            }
        }
        return new Rest(name(name), state);
    }

    private static final LazyPattern SLUG = LazyPattern.of("[a-z0-9]+(?:-[a-z0-9]+)+");

    /** "(API Layer)", "(album-sharing)": a name; "(just initialized)": a note about the state. */
    private static boolean looksLikeName(String inner) {
        int first = inner.codePointAt(0);
        return !Character.isLowerCase(first) || SLUG.matcher(inner).matches();
    }

    private static String name(String s) {
        String n = Markdown.plain(s).strip();
        return n.isEmpty() ? null : n;
    }

    /** The plans of the phase a phase or status line counts: "(7 of 7 plans complete)" and "→ 1/2 plans complete" → 7 and 2. */
    public static Integer plansTotal(String line) {
        if (line == null || !line.toLowerCase(java.util.Locale.ROOT).contains("plan")) {
            return null;
        }
        Matcher m = PLANS_COUNT.matcher(line);
        return m.find() ? Integer.valueOf(m.group(2)) : null;
    }
}
