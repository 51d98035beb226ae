package dev.atomstate.check;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.parse.Document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppression comments, as linters know them:
 * {@code <!-- atomstate-disable-next-line RULE… -->} silences the line after the comment,
 * {@code <!-- atomstate-disable RULE… -->} … {@code <!-- atomstate-enable RULE… -->} a region. Without rule ids
 * a comment applies to every rule. Comments inside code fences are text, not directives.
 */
public final class Suppressions {
    private static final LazyPattern DIRECTIVE = LazyPattern.of(
            "<!--\\s*atomstate-(disable-next-line|disable|enable)\\b([^>]*?)\\s*-->", Pattern.CASE_INSENSITIVE);
    private static final String ALL = "*";

    /** A silenced range of 1-based lines, {@code from..to} inclusive, for a rule id or {@link #ALL}. */
    private record Silenced(String rule, int from, int to) {
    }

    private final List<Silenced> silenced;

    private Suppressions(List<Silenced> silenced) {
        this.silenced = silenced;
    }

    public static Suppressions scan(Document doc) {
        List<Silenced> out = new ArrayList<>();
        java.util.Map<String, Integer> open = new java.util.LinkedHashMap<>();
        for (int i = doc.nextLineWith("<!--", 0); i < doc.lineCount(); i = doc.nextLineWith("<!--", i + 1)) {
            if (doc.inFence(i)) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(doc.line(i).content());
            while (m.find()) {
                String kind = m.group(1).toLowerCase(Locale.ROOT);
                Set<String> rules = rules(m.group(2));
                int line = i + 1;
                switch (kind) {
                    case "disable-next-line" -> {
                        for (String r : rules) {
                            out.add(new Silenced(r, line + 1, line + 1));
                        }
                    }
                    case "disable" -> {
                        for (String r : rules) {
                            open.putIfAbsent(r, line);
                        }
                    }
                    default -> {
                        for (String r : rules) {
                            if (r.equals(ALL)) {
                                for (java.util.Map.Entry<String, Integer> o : open.entrySet()) {
                                    out.add(new Silenced(o.getKey(), o.getValue(), line));
                                }
                                open.clear();
                            } else {
                                Integer from = open.remove(r);
                                if (from != null) {
                                    out.add(new Silenced(r, from, line));
                                }
                            }
                        }
                    }
                }
            }
        }
        for (java.util.Map.Entry<String, Integer> o : open.entrySet()) {
            out.add(new Silenced(o.getKey(), o.getValue(), Integer.MAX_VALUE));
        }
        return new Suppressions(List.copyOf(out));
    }

    private static Set<String> rules(String list) {
        Set<String> rules = new HashSet<>();
        for (String r : list.strip().split("[\\s,]+")) {
            if (!r.isEmpty()) {
                rules.add(r.toLowerCase(Locale.ROOT));
            }
        }
        if (rules.isEmpty()) {
            rules.add(ALL);
        }
        return rules;
    }

    public boolean silences(String rule, int line) {
        for (Silenced s : silenced) {
            if ((s.rule.equals(ALL) || s.rule.equals(rule)) && s.from <= line && line <= s.to) {
                return true;
            }
        }
        return false;
    }
}
