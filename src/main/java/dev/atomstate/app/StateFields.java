package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.FrontmatterBlock;
import dev.atomstate.parse.FrontmatterYaml;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.Span;
import dev.atomstate.parse.StateParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The named values of a state file for {@code get} and {@code set}: every "Key: value" line of the body (bold or
 * plain) and every scalar key of the first frontmatter block. Names match case-insensitively, ignoring spaces,
 * dashes and underscores ("last-activity" = "Last Activity"). A plain name finds a body field first, then a
 * frontmatter key; {@code frontmatter.KEY} (or {@code fm.KEY}, nested as {@code progress.percent}) names a
 * frontmatter key only.
 */
public final class StateFields {
    private StateFields() {
    }

    /** One named value: where it is ({@code line} 1-based, {@code value} the span a set replaces) and what it says. */
    public record Target(String name, String source, int line, Span value, String raw, String text, Field field,
                         FrontmatterBlock.Entry entry) {
        public boolean frontmatter() {
            return entry != null;
        }
    }

    /** The canonical names of the fields the parser reads, so that "phase" finds "**Current Phase:**" too. */
    private static Map<String, Field> canonical(ParsedState ps) {
        ParsedState.Handles h = ps.handles();
        Map<String, Field> m = new LinkedHashMap<>();
        put(m, "phase", h.phase());
        put(m, "plan", h.plan());
        put(m, "status", h.status());
        put(m, "lastactivity", h.lastActivity());
        put(m, "focus", h.focus());
        put(m, "currentfocus", h.focus());
        put(m, "milestone", h.milestone());
        put(m, "progress", h.progress());
        put(m, "lastsession", h.lastSession());
        put(m, "stoppedat", h.stoppedAt());
        put(m, "resumefile", h.resumeFile());
        put(m, "totalplanscompleted", h.totalPlans());
        put(m, "averageduration", h.averageDuration());
        put(m, "totalexecutiontime", h.totalTime());
        put(m, "nextaction", h.nextAction());
        return m;
    }

    private static void put(Map<String, Field> m, String key, Field f) {
        if (f != null) {
            m.putIfAbsent(key, f);
        }
    }

    /** "Last Activity", "last-activity", "last_activity" → "lastactivity"; dots (frontmatter paths) are kept. */
    public static String normalize(String name) {
        StringBuilder sb = new StringBuilder();
        name.strip().toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '.') {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Body fields (first of each name, the parser's choice for the position fields), then frontmatter keys. */
    public static List<Target> all(ParsedState ps) {
        Map<String, Target> byName = new LinkedHashMap<>();
        String t = ps.text();
        Map<String, Field> canonical = canonical(ps);
        for (Field f : StateParser.fields(ps.doc())) {
            String key = normalize(f.key());
            Field chosen = canonical.getOrDefault(key, f);
            if (!byName.containsKey(key) && !key.isEmpty()) {
                byName.put(key, body(t, chosen));
            }
        }
        List<Target> out = new ArrayList<>(byName.values());
        out.addAll(frontmatter(ps));
        return out;
    }

    private static Target body(String text, Field f) {
        String v = f.value(text);
        return new Target(f.key(), "body", f.line() + 1, f.value(), v, v, f, null);
    }

    private static List<Target> frontmatter(ParsedState ps) {
        List<Target> out = new ArrayList<>();
        if (ps.doc().frontmatter().isEmpty()) {
            return out;
        }
        Map<String, FrontmatterBlock.Entry> entries = ps.doc().frontmatter().get(0).entries();
        for (FrontmatterBlock.Entry e : entries.values()) {
            boolean parent = e.raw().isEmpty() && entries.keySet().stream().anyMatch(k -> k.startsWith(e.path() + "."));
            boolean block = e.raw().startsWith("|") || e.raw().startsWith(">");
            if (!parent && !block) {
                out.add(new Target(e.path(), "frontmatter", e.line() + 1, e.value(), e.raw(), e.unquoted(), null, e));
            }
        }
        return out;
    }

    /** The value called {@code name}; refused (exit 1) with the list of names the file has when there is none. */
    public static Target find(ParsedState ps, String name) {
        String n = normalize(name);
        boolean fmOnly = false;
        for (String prefix : new String[] {"frontmatter.", "fm."}) {
            if (n.startsWith(prefix)) {
                n = n.substring(prefix.length());
                fmOnly = true;
            }
        }
        if (n.isEmpty()) {
            throw AtomstateException.usage("the field name '" + name + "' is empty; try 'status' or 'frontmatter.status'");
        }
        List<Target> all = all(ps);
        if (!fmOnly) {
            for (Target target : all) {
                if (!target.frontmatter() && normalize(target.name()).equals(n)) {
                    return target;
                }
            }
            Field f = canonical(ps).get(n);
            if (f != null) {
                return body(ps.text(), f);
            }
        }
        for (Target target : all) {
            if (target.frontmatter() && normalize(target.name()).equals(n)) {
                return target;
            }
        }
        throw AtomstateException.refused(ps.fileName() + ": no field '" + name + "'" + (fmOnly ? " in the frontmatter" : "")
                + "; the file has: " + names(all));
    }

    static String names(List<Target> all) {
        List<String> body = new ArrayList<>();
        List<String> fm = new ArrayList<>();
        for (Target target : all) {
            (target.frontmatter() ? fm : body).add(target.name());
        }
        String s = body.isEmpty() ? "no body fields" : String.join(", ", body);
        return fm.isEmpty() ? s : s + "; frontmatter: " + String.join(", ", fm);
    }

    /** {@code set}: replaces exactly the value of the field, in its own style; the same value again is a no-op. */
    public static Change set(ParsedState ps, String name, String rawValue) {
        Target target = find(ps, name);
        String value = UserText.oneLine("the value", rawValue);
        String text = ps.text();
        String replacement;
        if (target.frontmatter()) {
            // a string YAML would read as a number, date, boolean or null is quoted, unless the key already held one
            replacement = Styles.yamlScalarLike(FrontmatterBlock.plainKeepsItsType(target.raw(), value) ? target.raw() : "\"", value);
        } else {
            replacement = value;
            int at = target.value().start();
            if (target.value().length() == 0 && at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
                replacement = " " + value;
            }
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("field", target.name());
        facts.put("source", target.source());
        facts.put("line", target.line());
        facts.put("before", target.text());
        facts.put("after", value);
        String where = ps.fileName() + ":" + target.line();
        if (replacement.equals(target.raw()) || (!target.frontmatter() && value.equals(target.raw()))) {
            return new Change(List.of(), List.of(target.name() + " already says '" + value + "' (" + where + "); nothing changed"),
                    "set " + target.name(), facts);
        }
        TextEdit edit = new TextEdit(target.value().start(), target.value().end(), replacement,
                target.name() + " → " + value);
        Change change = new Change(List.of(edit), List.of(target.name() + ": '" + target.text() + "' → '" + value + "' (line "
                + target.line() + ")"), "set " + target.name(), facts);
        if (target.frontmatter()) {
            requireValidYaml(ps, change, where);
        }
        return change;
    }

    /** A frontmatter edit must leave YAML that parses (unless the block did not parse before either). */
    private static void requireValidYaml(ParsedState ps, Change change, String where) {
        FrontmatterBlock before = ps.doc().frontmatter().get(0);
        if (FrontmatterYaml.problem(before.yaml(ps.text())) != null) {
            return;
        }
        Document after = Document.parse(change.apply(ps.text()));
        String[] problem = after.frontmatter().isEmpty() ? new String[] {"1", "the block is gone"}
                : FrontmatterYaml.problem(after.frontmatter().get(0).yaml(after.text()));
        if (problem != null) {
            throw AtomstateException.refused(where + ": the new value would make the frontmatter invalid YAML (" + problem[1]
                    + "); nothing written");
        }
    }
}
