package dev.atomstate.render;

import dev.atomstate.check.RuleCatalog;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code check --list-rules} and {@code check --explain RULE}: every rule's id, severity, what it finds and how to fix it,
 * as text or JSON, each with the address of its section in the README (also SARIF's {@code helpUri}).
 */
public final class RuleDocs {
    private RuleDocs() {
    }

    /** The README on the project's home page; each rule has a heading there whose anchor is its id. */
    public static final String README = "https://github.com/atomstate/atomstate#";

    public static String helpUri(String ruleId) {
        return README + ruleId;
    }

    /**
     * {@code configured}: the severity .atomstate.yml sets for a rule id ({@code "off"} included), or null for its default;
     * text wrapped at {@code width}.
     */
    public static void list(PrintWriter out, List<RuleCatalog.Entry> rules, java.util.function.Function<String, String> configured, int width) {
        int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10) + 2;
        int findsAt = 2 + idWidth + "warning".length() + 2;
        StringBuilder b = new StringBuilder();
        RuleCatalog.Scope scope = null;
        List<String> changed = new ArrayList<>();
        for (RuleCatalog.Entry r : rules) {
            if (r.scope() != scope) {
                scope = r.scope();
                long n = rules.stream().filter(e -> e.scope() == r.scope()).count();
                b.append(b.length() == 0 ? "" : "\n").append(capitalised(scope.label())).append(" rules (").append(n).append("):\n");
            }
            String severity = severity(r, configured);
            if (!severity.equals(r.severity().id())) {
                changed.add(r.id() + " " + severity + " (default " + r.severity().id() + ")");
            }
            String head = "  " + pad(r.id(), idWidth) + pad(severity, findsAt - 2 - idWidth);
            b.append(head);
            TextWrap.hanging(b, r.finds() + (r.fixable() ? " [--fix]" : ""), head.length(), findsAt, width);
            b.append("    fix: ");
            TextWrap.hanging(b, r.fix(), 9, 9, width);
        }
        b.append('\n');
        if (!changed.isEmpty()) {
            TextWrap.hanging(b, "Configured in .atomstate.yml: " + String.join(", ", changed) + ".", 0, 0, width);
        }
        TextWrap.hanging(b, "[--fix]: 'atomstate check --fix' fixes the findings that are certain. 'atomstate check --explain RULE' "
                + "tells more; check.severity.RULE (error, warning, info, off) in .atomstate.yml sets a rule's severity.", 0, 0, width);
        out.print(b);
    }

    public static void explain(PrintWriter out, RuleCatalog.Entry r, String configured, int width) {
        StringBuilder b = new StringBuilder();
        String severity = configured == null ? r.severity().id() : configured.strip().toLowerCase(java.util.Locale.ROOT);
        b.append(r.id()).append(": ").append(r.finds()).append('\n');
        b.append("  ").append(r.scope().label()).append(" rule, ").append(severity)
                .append(configured == null ? "" : " as configured (default " + r.severity().id() + ")").append('\n');
        b.append('\n');
        TextWrap.hanging(b, r.explanation(), 0, 0, width);
        b.append("\nHow to fix\n");
        TextWrap.hanging(b, r.fix(), 0, 2, width);
        TextWrap.hanging(b, r.fixable() ? "'atomstate check --fix' fixes the findings that are certain; 'atomstate check --fix "
                + "--dry-run' shows them first." : "'atomstate check --fix' does not fix it: it needs a judgement.", 0, 2, width);
        b.append("\nConfigure\n");
        TextWrap.hanging(b, "check.severity." + r.id() + ": error | warning | info | off in .atomstate.yml.", 0, 2, width);
        if (r.scope() == RuleCatalog.Scope.WORKLOG) {
            // the worklog checker reads no atomstate-disable comments: only the severity turns its rules off
            TextWrap.hanging(b, "Worklog findings are not silenced by comments; 'off' turns the rule off.", 0, 2, width);
        } else {
            // the comments are what to paste: each on a line of its own, never wrapped inside
            b.append("  Silence one finding with, on the line before it:\n")
                    .append("    <!-- atomstate-disable-next-line ").append(r.id()).append(" -->\n")
                    .append("  a region with:\n")
                    .append("    <!-- atomstate-disable ").append(r.id()).append(" -->\n")
                    .append("    …\n")
                    .append("    <!-- atomstate-enable ").append(r.id()).append(" -->\n");
        }
        b.append('\n').append(helpUri(r.id())).append('\n');
        out.print(b);
    }

    public static void listJson(PrintWriter out, List<RuleCatalog.Entry> rules, java.util.function.Function<String, String> configured) {
        Map<String, Object> doc = Json.document("check-rules");
        List<Object> list = new ArrayList<>();
        for (RuleCatalog.Entry r : rules) {
            list.add(json(r, configured.apply(r.id())));
        }
        doc.put("rules", list);
        Json.print(out, doc);
    }

    public static void explainJson(PrintWriter out, RuleCatalog.Entry r, String configured) {
        Map<String, Object> doc = Json.document("check-explain");
        doc.put("rule", json(r, configured));
        Json.print(out, doc);
    }

    private static Map<String, Object> json(RuleCatalog.Entry r, String configured) {
        return Json.obj("id", r.id(), "severity", configured == null ? r.severity().id() : configured.strip().toLowerCase(java.util.Locale.ROOT),
                "defaultSeverity", r.severity().id(), "appliesTo", r.scope() == RuleCatalog.Scope.STATE ? "state" : "worklog",
                "finds", r.finds(), "explanation", r.explanation(), "fix", r.fix(), "fixable", r.fixable(), "helpUri", helpUri(r.id()));
    }

    private static String severity(RuleCatalog.Entry r, java.util.function.Function<String, String> configured) {
        String c = configured.apply(r.id());
        return c == null ? r.severity().id() : c.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
