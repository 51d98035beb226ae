package dev.atomstate.parse;

import dev.atomstate.model.PlanId;
import dev.atomstate.model.Roadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROADMAP.md → {@link Roadmap}. Reads the places GSD roadmaps (and people) put phases: the phase checklist
 * ("- [x] **Phase 1: Name** - …", "- [x] Phase 6: Name (1/1 plans)"), phase headings ("### Phase 1: Name"),
 * the progress table ("| 1. Name | 0/3 | Planned | - |", with or without a Milestone column) and overview
 * tables ("| 1 | Backend | … | 3 |"); under each phase heading the plan count ("**Plans**: 3 plans"), plan
 * checkboxes ("- [x] 01-01-PLAN.md", "- [x] 1.1 — …") or a numbered plan list; and milestones
 * ("- ✅ **v1.0 MVP** — Phases 1-5", "&lt;summary&gt;v1.1 … (Phases 6-10)", "## Active Milestone: v1.3"). Tolerant:
 * what it cannot read is left out, it never throws.
 */
public final class RoadmapParser {
    private RoadmapParser() {
    }

    private static final String NUM = "(\\d+(?:\\.\\d+)*)";
    private static final LazyPattern PHASE_ITEM = LazyPattern.of(
            "^\\s*[-*+]\\s+\\[([ xX])\\]\\s+(?:\\*\\*|__)?Phase\\s+" + NUM + "\\s*[:.\\-—–]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final LazyPattern PHASE_HEADING = LazyPattern.of("^Phase\\s+" + NUM + "\\b\\s*[:.\\-—–]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final LazyPattern FRACTION = LazyPattern.of("\\((\\d+)\\s*/\\s*(\\d+|\\?|TBD)\\s*plans?\\)", Pattern.CASE_INSENSITIVE);
    private static final LazyPattern PLAN_BOX = LazyPattern.of(
            "^\\s*[-*+]\\s+\\[([ xX])\\]\\s+(?:\\*\\*|`)?(\\d+(?:\\.\\d+)*-\\d+(?=[-:\\s.*`]|$)|\\d+-PLAN-\\w+|\\d+\\.\\d+(?=[\\s:*—–-]|$))");
    private static final LazyPattern PLANS_LINE = LazyPattern.of(
            "^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)?Plans(?:\\*\\*|__)?\\s*:?(?:\\*\\*|__)?\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final LazyPattern NUMBERED = LazyPattern.of("^\\s*\\d{1,3}[.)]\\s+\\S");
    private static final LazyPattern VERSION = LazyPattern.of("\\b(v\\d+(?:\\.\\d+)*)\\b");
    private static final LazyPattern RANGE = LazyPattern.of("Phases?\\s+" + NUM + "\\s*(?:-|–|—|to)\\s*" + NUM, Pattern.CASE_INSENSITIVE);
    private static final LazyPattern TABLE_PHASE = LazyPattern.of("^(?:Phase\\s+)?" + NUM + "\\.?(?:\\s*[:.\\-—–]?\\s+(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final LazyPattern CELL_FRACTION = LazyPattern.of("^(\\d+)\\s*/\\s*(\\d+|\\?|TBD)?.*$", Pattern.CASE_INSENSITIVE);

    /** Mutable while parsing; one per phase number. */
    private static final class P {
        String number;
        String name;
        Integer plans;
        Integer done;
        String source;
        int rank = 99;
        boolean complete;
        String milestone;
        int line;
    }

    public static Roadmap parse(String text) {
        Document doc = Document.parse(text);
        Map<String, P> phases = new LinkedHashMap<>();
        List<Roadmap.Milestone> milestones = new ArrayList<>();
        String context = null;
        String[] contextAt = new String[doc.lineCount()];
        for (int i = doc.bodyStartLine(); i < doc.lineCount(); i++) {
            contextAt[i] = context;
            if (doc.inFence(i)) {
                continue;
            }
            String c = doc.line(i).content();
            int level = Section.atxLevel(c);
            String plain = c.replace("**", "").replace("__", "").strip();
            Matcher item = PHASE_ITEM.matcher(c);
            if (item.matches()) {
                P p = phase(phases, item.group(2), i);
                p.complete |= !item.group(1).isBlank();
                nameFrom(p, item.group(3));
                Matcher f = FRACTION.matcher(item.group(3));
                if (f.find()) {
                    counts(p, f.group(1), f.group(2), "phase-list", 5);
                }
                if (p.milestone == null) {
                    p.milestone = context;
                }
                continue;
            }
            if (level > 0) {
                String title = c.strip().substring(level).replace("**", "").replace("__", "").strip();
                Matcher h = PHASE_HEADING.matcher(title);
                if (h.matches()) {
                    P p = phase(phases, h.group(1), i);
                    nameFrom(p, h.group(2));
                    if (p.milestone == null) {
                        p.milestone = context;
                    }
                    readPhaseSection(doc, p, i);
                    continue;
                }
                if (level <= 2) {
                    context = null;
                }
            }
            Matcher v = VERSION.matcher(plain);
            boolean bullet = plain.matches("^[-*+]\\s+(?:[^\\w\\s]{1,3}\\s*)?v\\d.*");
            boolean milestoneLine = v.find() && (level > 0 || plain.startsWith("<summary>") || bullet
                    || plain.toLowerCase(Locale.ROOT).startsWith("milestone"));
            if (milestoneLine) {
                milestone(milestones, plain, v, i);
                if (level > 0 || plain.startsWith("<summary>")) {
                    context = v.group(1);
                }
            }
        }
        for (TableBlock table : doc.tables()) {
            readTable(doc, table, phases, contextAt);
        }
        return new Roadmap(build(phases, milestones), List.copyOf(milestones));
    }

    /** Adds (or completes with a phase range) the milestone a line names. */
    private static void milestone(List<Roadmap.Milestone> milestones, String plain, Matcher v, int line) {
        String version = v.group(1);
        Matcher r = RANGE.matcher(plain);
        String first = null;
        String last = null;
        if (r.find()) {
            first = r.group(1);
            last = r.group(2);
        }
        String lower = plain.toLowerCase(Locale.ROOT);
        boolean active = lower.contains("active") || lower.contains("in progress") || lower.contains("current")
                || plain.contains("🔜") || plain.contains("🚧") || lower.contains("planning");
        String name = plain.substring(v.end()).replaceFirst("^[\\s:—–-]+", "").replaceFirst("\\s*(?:\\(|—|–| - |$).*$", "").strip();
        for (int k = 0; k < milestones.size(); k++) {
            Roadmap.Milestone m = milestones.get(k);
            if (m.version().equalsIgnoreCase(version)) {
                if (m.firstPhase() == null && first != null) {
                    milestones.set(k, new Roadmap.Milestone(m.version(), m.name() != null ? m.name() : name, first, last,
                            m.active() || active, m.line()));
                }
                return;
            }
        }
        milestones.add(new Roadmap.Milestone(version, name.isEmpty() ? null : name, first, last, active, line + 1));
    }

    private static P phase(Map<String, P> phases, String number, int line) {
        String key = canonical(number);
        P p = phases.get(key);
        if (p == null) {
            p = new P();
            p.number = number;
            p.line = line + 1;
            phases.put(key, p);
        }
        return p;
    }

    private static String canonical(String number) {
        StringBuilder sb = new StringBuilder();
        for (String part : number.split("\\.")) {
            String t = PlanIds.withoutLeadingZeros(part);
            sb.append(sb.length() == 0 ? "" : ".").append(t.length() > 9 ? t.substring(t.length() - 9) : t);
        }
        return sb.toString();
    }

    private static void nameFrom(P p, String rest) {
        if (p.name != null || rest == null) {
            return;
        }
        String r = rest.strip();
        int bold = r.indexOf("**");
        if (bold >= 0) {
            r = r.substring(0, bold);
        }
        r = r.replaceFirst("\\s+(?:\\(|—|–|--|- ).*$", "").replace("`", "").strip();
        p.name = r.isEmpty() ? null : r;
    }

    /** A lower rank wins: more specific sources of a plan count override less specific ones. */
    private static void counts(P p, String done, String total, String source, int rank) {
        if (rank > p.rank) {
            return;
        }
        Integer t = total != null && total.matches("\\d{1,6}") ? Integer.valueOf(total) : null;
        Integer d = done != null && done.matches("\\d{1,6}") ? Integer.valueOf(done) : null;
        if (t != null && t == 0) {
            // "0/0": not planned yet, as "TBD"
            t = null;
        }
        if (t == null) {
            // an unknown count ("TBD") neither overrides nor blocks a number from another place
            if (p.plans == null && p.source == null) {
                p.source = source;
            }
            p.done = p.done == null ? d : p.done;
            return;
        }
        p.plans = t;
        p.done = d != null ? d : p.rank == 99 ? p.done : null;
        p.source = source;
        p.rank = rank;
    }

    /** Plan count, plan checkboxes and numbered plan lists inside a phase heading's section. */
    private static void readPhaseSection(Document doc, P p, int headingLine) {
        int level = Section.atxLevel(doc.line(headingLine).content());
        int end = doc.lineCount();
        for (int k = headingLine + 1; k < doc.lineCount(); k++) {
            int l = doc.inFence(k) ? 0 : Section.atxLevel(doc.line(k).content());
            if (l > 0 && l <= level) {
                end = k;
                break;
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        int checked = 0;
        int numbered = 0;
        boolean inPlans = false;
        String stated = null;
        for (int k = headingLine + 1; k < end; k++) {
            if (doc.inFence(k)) {
                continue;
            }
            String c = doc.line(k).content();
            Matcher box = PLAN_BOX.matcher(c);
            if (box.find()) {
                if (ids.add(box.group(2)) && !box.group(1).isBlank()) {
                    checked++;
                }
                continue;
            }
            int l = Section.atxLevel(c);
            String heading = l > 0 ? Section.normalizeTitle(c.strip().substring(l).strip()) : null;
            Matcher pl = heading == null ? PLANS_LINE.matcher(c) : null;
            if (heading != null) {
                inPlans = heading.equals("plans");
            } else if (pl != null && pl.matches()) {
                inPlans = true;
                String v = pl.group(1).strip();
                if (!v.isEmpty()) {
                    stated = v;
                }
            } else if (inPlans && NUMBERED.matcher(c).find()) {
                numbered++;
            } else if (!c.isBlank() && numbered > 0) {
                inPlans = false;
            }
        }
        if (!ids.isEmpty()) {
            counts(p, Integer.toString(checked), Integer.toString(ids.size()), "checkboxes", 1);
        } else if (stated != null) {
            Matcher n = Pattern.compile("^(\\d{1,6})\\b").matcher(stated);
            if (n.find()) {
                counts(p, null, n.group(1), "plans-line", 2);
            } else if (stated.toUpperCase(Locale.ROOT).contains("TBD")) {
                counts(p, null, null, "plans-line", 2);
            }
        } else if (numbered > 0) {
            counts(p, null, Integer.toString(numbered), "numbered-list", 3);
        }
    }

    /** A table whose first column holds phase numbers: a progress table, or an overview with a Plans column. */
    private static void readTable(Document doc, TableBlock table, Map<String, P> phases, String[] contextAt) {
        String t = doc.text();
        List<String> header = table.header(t);
        if (header.isEmpty() || !(header.get(0).contains("phase") || header.get(0).equals("#"))) {
            return;
        }
        int plansCol = -1;
        boolean progress = false;
        int milestoneCol = header.indexOf("milestone");
        int nameCol = -1;
        for (int k = 0; k < header.size(); k++) {
            String h = header.get(k);
            if (h.startsWith("plans complete") || h.equals("progress")) {
                plansCol = k;
                progress = true;
            } else if (h.equals("plans") && plansCol < 0) {
                plansCol = k;
            } else if (k > 0 && (h.equals("phase") || h.equals("name")) && nameCol < 0) {
                nameCol = k;
            }
        }
        for (TableBlock.Row row : table.dataRows()) {
            String first = row.cell(t, 0);
            Matcher m = first == null ? null : TABLE_PHASE.matcher(first.replace("**", "").strip());
            if (m == null || !m.matches()) {
                continue;
            }
            P p = phase(phases, m.group(1), row.line());
            if (m.group(2) != null) {
                nameFrom(p, m.group(2));
            } else if (nameCol >= 0) {
                nameFrom(p, row.cell(t, nameCol));
            }
            if (milestoneCol >= 0 && p.milestone == null) {
                String ms = row.cell(t, milestoneCol);
                Matcher v = ms == null ? null : VERSION.matcher(ms);
                p.milestone = v != null && v.find() ? v.group(1) : p.milestone;
            }
            if (p.milestone == null) {
                p.milestone = contextAt[row.line()];
            }
            String cell = plansCol >= 0 ? row.cell(t, plansCol) : null;
            if (cell != null) {
                Matcher f = CELL_FRACTION.matcher(cell.strip());
                if (f.matches() && cell.contains("/")) {
                    boolean tbd = cell.toUpperCase(Locale.ROOT).contains("TBD") || cell.contains("?");
                    counts(p, f.group(1), tbd ? null : f.group(2), progress ? "progress-table" : "overview-table", progress ? 4 : 6);
                } else if (cell.strip().matches("\\d{1,6}")) {
                    counts(p, null, cell.strip(), progress ? "progress-table" : "overview-table", progress ? 4 : 6);
                }
            }
            for (String cellText : rowText(t, row)) {
                String lower = cellText.toLowerCase(Locale.ROOT);
                if (lower.equals("complete") || lower.equals("completed") || lower.equals("done") || lower.contains("✅")) {
                    p.complete = true;
                }
            }
        }
    }

    private static List<String> rowText(String t, TableBlock.Row row) {
        List<String> out = new ArrayList<>();
        for (int k = 1; k < row.cells().size(); k++) {
            String c = row.cell(t, k);
            if (c != null) {
                out.add(c.strip());
            }
        }
        return out;
    }

    private static List<Roadmap.Phase> build(Map<String, P> phases, List<Roadmap.Milestone> milestones) {
        List<Roadmap.Phase> out = new ArrayList<>();
        for (P p : phases.values()) {
            String milestone = p.milestone;
            if (milestone == null && milestones.size() == 1 && milestones.get(0).firstPhase() == null) {
                milestone = milestones.get(0).version();
            }
            if (milestone == null) {
                for (Roadmap.Milestone m : milestones) {
                    if (m.firstPhase() != null && PlanId.comparePhases(p.number, m.firstPhase()) >= 0
                            && PlanId.comparePhases(p.number, m.lastPhase()) <= 0) {
                        milestone = m.version();
                    }
                }
            }
            Integer done = p.done;
            if (done == null && p.complete && p.plans != null) {
                done = p.plans;
            }
            out.add(new Roadmap.Phase(p.number, p.name, p.plans, done, p.complete || (p.plans != null && done != null
                    && p.plans > 0 && done >= p.plans), milestone, p.source, p.line));
        }
        out.sort(Orders.PHASES_BY_NUMBER);
        return List.copyOf(out);
    }
}
