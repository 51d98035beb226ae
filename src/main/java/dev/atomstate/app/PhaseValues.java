package dev.atomstate.app;

import dev.atomstate.model.PlanId;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Phase and Current focus values rewritten for another phase (or a new name), in the value's own form. */
final class PhaseValues {
    private PhaseValues() {
    }

    private static final Pattern NUMBERED = Pattern.compile("^(\\D*?)(\\d+(?:\\.\\d+)*)(\\s*(?:of|/)\\s*\\d+)?(.*)$", Pattern.DOTALL);
    private static final Pattern PARENS = Pattern.compile("^(\\s*\\()([^)]*)(\\))(.*)$", Pattern.DOTALL);
    private static final Pattern SEPARATED = Pattern.compile("^(\\s*(?:—|–|--|-|:)\\s*)(.*)$", Pattern.DOTALL);
    private static final Pattern SLUG = Pattern.compile("^-([a-z0-9]+(?:-[a-z0-9]+)*)$");

    /** Compares phase numbers numerically, segment by segment: 5.1 after 5, 10 after 9. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : -1;
            int q = i < y.length ? Integer.parseInt(y[i]) : -1;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    /** The "of M" total a phase value states, or null. */
    static Integer total(String value) {
        Matcher m = NUMBERED.matcher(value);
        if (m.matches() && m.group(3) != null) {
            return Integer.valueOf(m.group(3).replaceAll("\\D", ""));
        }
        return null;
    }

    /**
     * {@code old} for phase {@code number} named {@code name}: "2 of 4 (Meal Planner)" → "3 of 4 (Export)",
     * "41-stream-compaction" → "42-query-federation", "08 (album-sharing) — EXECUTING" → "09 (x) — EXECUTING".
     * A null name keeps the old name when the number stays, and drops it for another phase. A suffix that says
     * the old phase was complete is dropped.
     */
    static String phase(String old, String number, String name) {
        Matcher m = NUMBERED.matcher(old);
        if (!m.matches()) {
            return name == null ? number : number + " (" + name + ")";
        }
        boolean same = compare(m.group(2), number) == 0;
        String n = PlanId.padLike(m.group(2), number);
        String counter = m.group(3) == null ? "" : m.group(3);
        String rest = m.group(4);
        String newRest;
        Matcher p = PARENS.matcher(rest);
        Matcher s = SEPARATED.matcher(rest);
        Matcher slug = SLUG.matcher(rest);
        if (p.matches()) {
            String suffix = saysComplete(p.group(4)) && !same ? "" : p.group(4);
            newRest = name != null ? p.group(1) + (p.group(2).matches("[a-z0-9-]+") ? slug(name) : name) + p.group(3) + suffix
                    : same ? rest : suffix;
        } else if (slug.matches()) {
            newRest = name != null ? "-" + slug(name) : same ? rest : "";
        } else if (s.matches() && !s.group(2).isEmpty()) {
            newRest = name != null ? s.group(1) + name : same ? rest : "";
        } else if (same) {
            newRest = rest.isBlank() && name != null ? " (" + name + ")" : rest;
        } else {
            // words about the old phase ("in progress → 1/2 plans complete") do not describe the new one
            newRest = name == null ? "" : " (" + name + ")";
        }
        return m.group(1) + n + counter + newRest;
    }

    /** "Phase 2 - Meal Planner" → "Phase 3 - Export"; null when the focus names no phase. */
    static String focus(String old, String number, String name) {
        Matcher m = Pattern.compile("^(.*?\\bPhase\\s+)(\\d+(?:\\.\\d+)*)(.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher(old);
        if (!m.matches()) {
            return null;
        }
        boolean same = compare(m.group(2), number) == 0;
        String n = PlanId.padLike(m.group(2), number);
        Matcher s = SEPARATED.matcher(m.group(3));
        if (s.matches() && !s.group(2).isEmpty()) {
            return m.group(1) + n + (name != null ? s.group(1) + name : same ? m.group(3) : "");
        }
        return m.group(1) + n + (same ? m.group(3) : name != null ? " - " + name : "");
    }

    private static boolean saysComplete(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.contains("complete") || l.contains("done");
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
