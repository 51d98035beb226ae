package dev.atomstate.safety;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;

import java.util.ArrayList;
import java.util.List;

/**
 * Planning documents generated from the dialects we read: the GSD template (plain fields), bold fields,
 * YAML frontmatter, decisions as bracket list, bold list or table, metrics tables, unknown sections with
 * non-ASCII text; then spelled with LF, CRLF or mixed line endings, with or without a BOM, with trailing
 * spaces. Every document is consistent enough that complete-plan of the next plan applies.
 *
 * <p>Built from jqwik's combinators (every choice is its own arbitrary in a {@link Spec}), so a failing
 * document shrinks: fewer phases and plans, plain fields, no optional sections, short sentences, LF.
 */
record GeneratedDocuments(String text, boolean bom, String lineEndings, int phase, int plan, int plans) {

    static final String[] TITLES = {"Project State", "shelfmark — Project State", "État du projet"};
    static final String[] NAMES = {"Meal Planner", "Core", "Ünïcode Sync", "日本語 Export", "Loans & Reminders", "API | Gateway"};
    static final String[] WORDS = {"cache", "résumé", "naïve", "ß", "—", "$1", "\\1", "$&", "`code`", "**bold**", "|pipe|", "🚀", "#tag", "[x]"};
    static final String[] NOTE_TITLES = {"Notes", "Risques", "Open Questions"};
    static final String[] ENDINGS = {"lf", "crlf", "mixed"};

    /** An unknown section: its lines, each a sentence or a "* " bullet. */
    record Unknown(List<String> lines) {
    }

    /** Every choice the generator makes; the smallest value of each is the plainest document. */
    static final class Spec {
        int phase = 1;
        int laterPhases = 1;
        int plan = 1;
        int laterPlans = 1;
        boolean bold;
        boolean padded;
        boolean frontmatter;
        int title;
        Unknown reference;
        boolean metrics;
        Unknown notes;
        int noteTitle;
        int decisionKind;
        List<String> decisions = List.of();
        String blocker;
        Unknown appendix;
        int name;
        int endings;
        List<Boolean> crlfPerLine = List.of();
        List<Integer> trailingSpaces = List.of();
        boolean finalNewline = true;
        boolean bom;
    }

    static Arbitrary<String> sentence() {
        return Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(7).map(w -> "Use " + String.join(" ", w));
    }

    static Arbitrary<Unknown> unknown() {
        Arbitrary<String> line = Arbitraries.oneOf(sentence(), sentence().map(s -> "* " + s));
        return line.list().ofMinSize(1).ofMaxSize(4).map(Unknown::new);
    }

    /** The arbitrary of documents. */
    static Arbitrary<GeneratedDocuments> arbitrary() {
        return Builders.withBuilder(Spec::new)
                .use(Arbitraries.integers().between(1, 8)).in((s, v) -> with(s, () -> s.phase = v))
                .use(Arbitraries.integers().between(1, 8)).in((s, v) -> with(s, () -> s.laterPhases = v))
                .use(Arbitraries.integers().between(1, 8)).in((s, v) -> with(s, () -> s.plan = v))
                .use(Arbitraries.integers().between(1, 8)).in((s, v) -> with(s, () -> s.laterPlans = v))
                .use(Arbitraries.of(false, false, true)).in((s, v) -> with(s, () -> s.bold = v))
                .use(Arbitraries.of(false, true)).in((s, v) -> with(s, () -> s.padded = v))
                .use(Arbitraries.of(false, false, false, true)).in((s, v) -> with(s, () -> s.frontmatter = v))
                .use(Arbitraries.integers().between(0, TITLES.length - 1)).in((s, v) -> with(s, () -> s.title = v))
                .use(unknown()).withProbability(0.5).in((s, v) -> with(s, () -> s.reference = v))
                .use(Arbitraries.of(false, true)).in((s, v) -> with(s, () -> s.metrics = v))
                .use(unknown()).withProbability(0.33).in((s, v) -> with(s, () -> s.notes = v))
                .use(Arbitraries.integers().between(0, NOTE_TITLES.length - 1)).in((s, v) -> with(s, () -> s.noteTitle = v))
                .use(Arbitraries.integers().between(0, 3)).in((s, v) -> with(s, () -> s.decisionKind = v))
                .use(sentence().list().ofMinSize(1).ofMaxSize(4)).in((s, v) -> with(s, () -> s.decisions = v))
                .use(sentence()).withProbability(0.5).in((s, v) -> with(s, () -> s.blocker = v))
                .use(unknown()).withProbability(0.25).in((s, v) -> with(s, () -> s.appendix = v))
                .use(Arbitraries.integers().between(0, NAMES.length - 1)).in((s, v) -> with(s, () -> s.name = v))
                .use(Arbitraries.of(0, 0, 1, 2)).in((s, v) -> with(s, () -> s.endings = v))
                .use(Arbitraries.of(false, true).list().ofSize(80)).in((s, v) -> with(s, () -> s.crlfPerLine = v))
                // one line in twelve gets 1–3 trailing spaces; 0 (no spaces) is what a failure shrinks to
                .use(Arbitraries.integers().between(0, 35).list().ofSize(80)).in((s, v) -> with(s, () -> s.trailingSpaces = v))
                .use(Arbitraries.of(true, true, true, true, false)).in((s, v) -> with(s, () -> s.finalNewline = v))
                .use(Arbitraries.of(false, false, false, false, false, true)).in((s, v) -> with(s, () -> s.bom = v))
                .build(GeneratedDocuments::render);
    }

    private static Spec with(Spec s, Runnable set) {
        set.run();
        return s;
    }

    static GeneratedDocuments render(Spec c) {
        int phase = c.phase;
        int phases = c.phase + c.laterPhases;
        int plan = c.plan;
        int plans = c.plan + c.laterPlans;
        boolean bold = c.bold;
        String ph = String.format(c.padded ? "%02d" : "%d", phase);
        List<String> lines = new ArrayList<>();
        if (c.frontmatter) {
            lines.addAll(List.of("---", "gsd_state_version: 1.0", "status: executing", "stopped_at: Completed " + ph + "-0" + plan + "-PLAN.md",
                    "progress:", "  total_plans: " + (plans * phases), "  completed_plans: " + plan, "---", ""));
        }
        lines.add("# " + TITLES[c.title]);
        lines.add("");
        if (c.reference != null) {
            unknown(lines, "Project Reference", c.reference);
        }
        lines.add("## Current Position");
        lines.add("");
        String name = NAMES[c.name];
        String b = bold ? "**" : "";
        lines.add(b + "Phase:" + b + " " + phase + " of " + phases + " (" + name + ")");
        lines.add(b + "Plan:" + b + " " + plan + " of " + plans + " in current phase");
        lines.add(b + "Status:" + b + " In progress");
        lines.add(b + "Last activity:" + b + " 2026-03-10 — Completed " + ph + "-0" + plan + "-PLAN.md");
        lines.add("");
        int done = (phase - 1) * plans + plan;
        int total = phases * plans;
        lines.add("Progress: [" + "█".repeat(done * 10 / total) + "░".repeat(10 - done * 10 / total) + "] " + (done * 100 / total) + "%");
        lines.add("");
        if (c.metrics) {
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
        if (c.notes != null) {
            unknown(lines, NOTE_TITLES[c.noteTitle], c.notes);
        }
        lines.add("## Accumulated Context");
        lines.add("");
        lines.add("### Decisions");
        lines.add("");
        switch (c.decisionKind) {
            case 0 -> lines.add("None yet.");
            case 1 -> c.decisions.forEach(d -> lines.add("- [Phase " + ph + "]: " + d));
            case 2 -> c.decisions.forEach(d -> lines.add("- **Phase " + ph + " Plan 0" + plan + "**: " + d));
            default -> {
                lines.add("| Phase | Decision | Rationale |");
                lines.add("|-------|----------|-----------|");
                c.decisions.forEach(d -> lines.add("| " + ph + "-0" + plan + " | " + d.replace("|", "\\|") + " | because |"));
            }
        }
        lines.add("");
        lines.add("### Blockers/Concerns");
        lines.add("");
        lines.add(c.blocker == null ? "None yet." : "- " + c.blocker);
        lines.add("");
        lines.add("## Session Continuity");
        lines.add("");
        lines.add(b + "Last session:" + b + " 2026-03-10 14:05");
        lines.add(b + "Stopped at:" + b + " Completed " + ph + "-0" + plan + "-PLAN.md");
        lines.add(b + "Resume file:" + b + " None");
        if (c.appendix != null) {
            lines.add("");
            unknown(lines, "Appendix — 附录", c.appendix);
        }
        String endings = ENDINGS[c.endings];
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            int noise = c.trailingSpaces.get(k % c.trailingSpaces.size());
            if (noise >= 33 && !line.isEmpty()) {
                line += " ".repeat(noise - 32);
            }
            sb.append(line);
            boolean last = k == lines.size() - 1;
            if (!last || c.finalNewline) {
                sb.append(switch (endings) {
                    case "crlf" -> "\r\n";
                    case "mixed" -> c.crlfPerLine.get(k % c.crlfPerLine.size()) ? "\r\n" : "\n";
                    default -> "\n";
                });
            }
        }
        return new GeneratedDocuments(sb.toString(), c.bom, endings, phase, plan, plans);
    }

    private static void unknown(List<String> lines, String title, Unknown u) {
        lines.add("## " + title);
        lines.add("");
        lines.addAll(u.lines());
        lines.add("");
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

    @Override
    public String toString() {
        return "GeneratedDocuments[" + lineEndings + (bom ? ", BOM" : "") + ", phase " + phase + " plan " + plan + " of " + plans
                + "]\n" + text;
    }
}
