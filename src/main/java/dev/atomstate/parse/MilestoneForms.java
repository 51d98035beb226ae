package dev.atomstate.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How milestones are written: a version ("v1.1", "2.0", "V2") and the name after it ("v1.1 — Name"), the italic
 * footer "*Milestone: v2.0 Cold Storage &amp; Replay*", version labels of progress segments and totals ("v2.0"), and
 * the phrases that say a milestone started or is done ("Milestone v1.5 started", "v1.3 Milestone SHIPPED").
 */
public final class MilestoneForms {
    private MilestoneForms() {
    }

    private static final LazyPattern V_WORD = LazyPattern.of("\\b(v\\d+(?:\\.\\d+)*)\\b");

    /** The forms only a writing command (and the totals) read, compiled on first use: check needs only V_WORD. */
    private static final class Writing {
        private static final LazyPattern VERSION = LazyPattern.of("(?<![\\w.])([vV]?)(\\d+(?:\\.\\d+)*)(?![\\w.]*\\d)");
        private static final LazyPattern FOOTER = LazyPattern.of("^(\\s*([*_])\\s*Milestone:\\s*)(.*?)(\\s*\\2\\s*)$", Pattern.CASE_INSENSITIVE);
        private static final LazyPattern NAMED = LazyPattern.of("^(\\s*(?:—|–|--|-|:)\\s*|\\s+)(.+)$", Pattern.DOTALL);
        private static final String DONE_WORDS = "(?:complete|completed|shipped|closed|delivered|done|archived)";
        private static final LazyPattern STARTED = LazyPattern.of("(?i)\\bmilestone\\s+v?(\\d+(?:\\.\\d+)*)\\s+(?:started|STARTED)");
        private static final LazyPattern DONE_UNNAMED = LazyPattern.of("(?i)\\bmilestone\\s+(?:is\\s+)?" + DONE_WORDS + "\\b|\\bcompleted\\s+milestone\\b");
        private static final LazyPattern ARGUMENT = LazyPattern.of("[vV]?\\d+(\\.\\d+)*");
        private static final LazyPattern V_LABEL = LazyPattern.of("v\\d+(\\.\\d+)*");
        private static final LazyPattern MAYBE_V = LazyPattern.of("v?\\d+(\\.\\d+)*");
        private static final LazyPattern V_VERSION = LazyPattern.of("\\bv\\d+(?:\\.\\d+)*");
        private static final LazyPattern DOTTED = LazyPattern.of("\\bv?(\\d+(?:\\.\\d+)+)\\b");
    }

    /**
     * A milestone value: the text before the version, "v"/"V" or nothing, the number, the text after it, and the name
     * after a separator there (null when it names none).
     */
    public record VersionForm(String before, String v, String number, String rest, Named named, boolean startsWithNumber) {
    }

    /** " — Old Name": the separator as written and the name. */
    public record Named(String separator, String name) {
    }

    /** The first version in {@code value} and what surrounds it, or null when it has none. */
    public static VersionForm version(String value) {
        Matcher m = Writing.VERSION.matcher(value);
        if (!m.find()) {
            return null;
        }
        String rest = value.substring(m.end());
        Matcher n = Writing.NAMED.matcher(rest);
        return new VersionForm(value.substring(0, m.start()), m.group(1), m.group(2), rest, n.matches() ? new Named(n.group(1), n.group(2)) : null,
                startsWithNumber(value));
    }

    /** Whether {@code value} starts (after spaces) with a digit: its versions are written without "v" ("1 - MVP"). */
    public static boolean startsWithNumber(String value) {
        String v = value == null ? "" : value.strip();
        return !v.isEmpty() && v.charAt(0) >= '0' && v.charAt(0) <= '9';
    }

    /** The number of the first version in {@code text} ("v2.1 Events" → "2.1"), or null. */
    public static String versionIn(String text) {
        Matcher m = text == null ? null : Writing.VERSION.matcher(text);
        return m != null && m.find() ? m.group(2) : null;
    }

    /** A milestone version as given on the command line ("v2.1", "2.1", "V2") without its "v", or null when it is none. */
    public static String argument(String version) {
        String v = version == null ? "" : version.strip();
        return Writing.ARGUMENT.matcher(v).matches() ? v.substring(Character.isDigit(v.charAt(0)) ? 0 : 1) : null;
    }

    /** The value of the footer line "*Milestone: v2.0 Name*" (the last such line outside code), or null. */
    public static Span footer(Document doc) {
        Span found = null;
        for (int i = doc.bodyStartLine(); i < doc.lineCount(); i++) {
            Matcher m = Writing.FOOTER.matcher(doc.line(i).content());
            if (!doc.inFence(i) && m.matches()) {
                int start = doc.line(i).start();
                found = new Span(start + m.end(1), start + m.end(3));
            }
        }
        return found;
    }

    /** The number of the milestone a line says started ("Milestone v1.5 started"), or null. */
    public static String startedIn(String text) {
        Matcher m = Writing.STARTED.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Whether {@code text} says milestone {@code number} (null: the milestone, unnamed) is done: "Milestone v1.2
     * complete", "v1.3 Milestone SHIPPED", "Completed milestone v1.2".
     */
    public static boolean saysDone(String text, String number) {
        if (number == null) {
            return Writing.DONE_UNNAMED.matcher(text).find();
        }
        String v = "v?" + Pattern.quote(number) + "(?![\\d.]*\\d)";
        return Pattern.compile("(?i)\\bmilestone\\s+" + v + "\\s+(?:is\\s+)?" + Writing.DONE_WORDS + "\\b|(?<![\\w.])" + v
                + "\\s+milestone\\s+" + Writing.DONE_WORDS + "\\b|\\bcompleted\\s+milestone\\s+" + v).matcher(text).find();
    }

    /** A progress segment label that is a milestone version: "v1.0", "v2.1.3". */
    public static boolean isVersionLabel(String label) {
        return label != null && Writing.V_LABEL.matcher(label).matches();
    }

    /** A frontmatter milestone that is a version: "v1.2", "1.2". */
    public static boolean isVersion(String s) {
        return s != null && Writing.MAYBE_V.matcher(s).matches();
    }

    /** The first "v1.2" in {@code text} (as far as it goes: "v1.2x" gives "v1.2"), or null. */
    public static String vVersionIn(String text) {
        Matcher m = Writing.V_VERSION.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** The first "v1.2" in {@code text} that is a word of its own, or null. */
    public static String vLabelIn(String text) {
        Matcher m = V_WORD.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The span of the first "v1.2" word in {@code text} within [{@code start}, {@code end}), or null. */
    public static Span vLabelIn(String text, int start, int end) {
        Matcher m = V_WORD.matcher(text).region(start, end);
        return m.find() ? new Span(m.start(), m.end()) : null;
    }

    /** A dotted version ("v1.2", "1.2", not "v2") in {@code text}, as "v1.2", or null. */
    public static String dottedVersionIn(String text) {
        Matcher m = Writing.DOTTED.matcher(text);
        return m.find() ? "v" + m.group(1) : null;
    }
}
