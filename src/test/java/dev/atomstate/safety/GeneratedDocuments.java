package dev.atomstate.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Planning documents generated from the dialects we read: the GSD template (plain fields), bold fields,
 * YAML frontmatter, decisions as bracket list, bold list or table, metrics tables, unknown sections with
 * non-ASCII text; then spelled with LF, CRLF or mixed line endings, with or without a BOM, with trailing
 * spaces. Every document is consistent enough that complete-plan of the next plan applies.
 */
record GeneratedDocuments(String text, boolean bom, String lineEndings, int phase, int plan, int plans) {

    static final String[] NAMES = {"Meal Planner", "Core", "Ünïcode Sync", "日本語 Export", "Loans & Reminders", "API | Gateway"};
    static final String[] WORDS = {"cache", "résumé", "naïve", "ß", "—", "$1", "\\1", "$&", "`code`", "**bold**", "|pipe|", "🚀", "#tag", "[x]"};

    static GeneratedDocuments generate(Random r) {
        int phases = 2 + r.nextInt(8);
        int phase = 1 + r.nextInt(phases - 1);
        int plans = 2 + r.nextInt(8);
        int plan = 1 + r.nextInt(plans - 1);
        boolean bold = r.nextInt(3) == 0;
        String pad = r.nextBoolean() ? "%02d" : "%d";
        String ph = String.format(pad, phase);
        List<String> lines = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            lines.addAll(List.of("---", "gsd_state_version: 1.0", "status: executing", "stopped_at: Completed " + ph + "-0" + plan + "-PLAN.md",
                    "progress:", "  total_plans: " + (plans * phases), "  completed_plans: " + plan, "---", ""));
        }
        lines.add("# " + pick(r, new String[] {"Project State", "shelfmark — Project State", "État du projet"}));
        lines.add("");
        if (r.nextBoolean()) {
            unknown(r, lines, "Project Reference");
        }
        lines.add("## Current Position");
        lines.add("");
        String name = pick(r, NAMES);
        if (bold) {
            lines.add("**Phase:** " + phase + " of " + phases + " (" + name + ")");
            lines.add("**Plan:** " + plan + " of " + plans + " in current phase");
            lines.add("**Status:** In progress");
            lines.add("**Last activity:** 2026-03-10 — Completed " + ph + "-0" + plan + "-PLAN.md");
        } else {
            lines.add("Phase: " + phase + " of " + phases + " (" + name + ")");
            lines.add("Plan: " + plan + " of " + plans + " in current phase");
            lines.add("Status: In progress");
            lines.add("Last activity: 2026-03-10 — Completed " + ph + "-0" + plan + "-PLAN.md");
        }
        lines.add("");
        int done = (phase - 1) * plans + plan;
        int total = phases * plans;
        lines.add("Progress: [" + "█".repeat(done * 10 / total) + "░".repeat(10 - done * 10 / total) + "] " + (done * 100 / total) + "%");
        lines.add("");
        if (r.nextBoolean()) {
            lines.add("## Performance Metrics");
            lines.add("");
            lines.add("**Velocity:**");
            lines.add("- Total plans completed: " + done);
            lines.add("- Average duration: 12 min");
            lines.add("- Total execution time: " + String.format("%.1f", done * 12 / 60.0) + " hours");
            lines.add("");
            lines.add("| Plan | Duration | Tasks | Files |");
            lines.add("|------|----------|-------|-------|");
            for (int k = 1; k <= plan; k++) {
                lines.add("| Phase " + ph + " P" + String.format("%02d", k) + " | " + (8 + k) + " min | 2 tasks | 3 files |");
            }
            lines.add("");
        }
        if (r.nextInt(3) == 0) {
            unknown(r, lines, pick(r, new String[] {"Notes", "Risques", "Open Questions"}));
        }
        lines.add("## Accumulated Context");
        lines.add("");
        lines.add("### Decisions");
        lines.add("");
        switch (r.nextInt(4)) {
            case 0 -> lines.add("None yet.");
            case 1 -> {
                for (int k = 0; k < 1 + r.nextInt(4); k++) {
                    lines.add("- [Phase " + ph + "]: " + sentence(r));
                }
            }
            case 2 -> {
                for (int k = 0; k < 1 + r.nextInt(4); k++) {
                    lines.add("- **Phase " + ph + " Plan 0" + plan + "**: " + sentence(r));
                }
            }
            default -> {
                lines.add("| Phase | Decision | Rationale |");
                lines.add("|-------|----------|-----------|");
                for (int k = 0; k < 1 + r.nextInt(4); k++) {
                    lines.add("| " + ph + "-0" + plan + " | " + sentence(r).replace("|", "\\|") + " | because |");
                }
            }
        }
        lines.add("");
        lines.add("### Blockers/Concerns");
        lines.add("");
        lines.add(r.nextBoolean() ? "None yet." : "- " + sentence(r));
        lines.add("");
        lines.add("## Session Continuity");
        lines.add("");
        lines.add((bold ? "**Last session:** " : "Last session: ") + "2026-03-10 14:05");
        lines.add((bold ? "**Stopped at:** " : "Stopped at: ") + "Completed " + ph + "-0" + plan + "-PLAN.md");
        lines.add((bold ? "**Resume file:** " : "Resume file: ") + "None");
        if (r.nextInt(4) == 0) {
            lines.add("");
            unknown(r, lines, "Appendix — 附录");
        }
        String endings = pick(r, new String[] {"lf", "lf", "crlf", "mixed"});
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (r.nextInt(12) == 0 && !line.isEmpty()) {
                line += " ".repeat(1 + r.nextInt(3));
            }
            sb.append(line);
            boolean last = k == lines.size() - 1;
            if (!last || r.nextInt(5) != 0) {
                sb.append(switch (endings) {
                    case "crlf" -> "\r\n";
                    case "mixed" -> r.nextBoolean() ? "\r\n" : "\n";
                    default -> "\n";
                });
            }
        }
        return new GeneratedDocuments(sb.toString(), r.nextInt(6) == 0, endings, phase, plan, plans);
    }

    private static void unknown(Random r, List<String> lines, String title) {
        lines.add("## " + title);
        lines.add("");
        for (int k = 0; k < 1 + r.nextInt(4); k++) {
            lines.add(r.nextBoolean() ? sentence(r) : "* " + sentence(r));
        }
        lines.add("");
    }

    static String sentence(Random r) {
        StringBuilder sb = new StringBuilder("Use");
        for (int k = 0; k < 2 + r.nextInt(6); k++) {
            sb.append(' ').append(pick(r, WORDS));
        }
        return sb.toString();
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    byte[] bytes() {
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    /** The next plan's id in the padding the document uses. */
    String nextPlan() {
        return String.format(text.contains("Phase 0") || text.contains("| 0") ? "%02d-%02d" : "%d-%02d", phase, plan + 1);
    }
}
