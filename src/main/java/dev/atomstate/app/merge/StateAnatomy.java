package dev.atomstate.app.merge;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.app.MilestoneRecords;
import dev.atomstate.app.merge.Anatomy.FieldPart;
import dev.atomstate.app.merge.Anatomy.ListPart;
import dev.atomstate.app.merge.Anatomy.Unit;
import dev.atomstate.model.PlanId;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.FrontmatterBlock;
import dev.atomstate.parse.ListItem;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PositionValues;
import dev.atomstate.parse.ProgressLine;
import dev.atomstate.parse.Section;
import dev.atomstate.parse.Span;
import dev.atomstate.parse.TableBlock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A STATE.md as the merge sees it (see {@link Anatomy}): the position, session, velocity and frontmatter fields the
 * parser found; the decisions (list and table), blockers, todos, per-plan metrics rows and the Previous chains as
 * lists of items; everything else as lines for the structural merge.
 */
final class StateAnatomy {
    private StateAnatomy() {
    }

    private static final LazyPattern DATE = LazyPattern.of("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

    static Anatomy of(ParsedState ps) {
        Document doc = ps.doc();
        String text = doc.text();
        ParsedState.Handles h = ps.handles();
        Map<String, ListPart> lists = new LinkedHashMap<>();
        boolean[] inUnit = new boolean[doc.lineCount()];
        if (h.decisions() != null) {
            add(lists, inUnit, items(doc, "decisions", "d:", h.decisions()));
        }
        if (h.decisionTable() != null) {
            add(lists, inUnit, decisionRows(doc, h.decisionTable()));
        }
        if (h.blockers() != null) {
            add(lists, inUnit, items(doc, "blockers", "b:", h.blockers()));
        }
        if (h.todos() != null && (h.blockers() == null || h.todos().section() != h.blockers().section())) {
            add(lists, inUnit, items(doc, "todos", "t:", h.todos()));
        }
        add(lists, inUnit, metrics(doc, h.metricTables()));
        for (Map.Entry<Integer, List<Integer>> chain : h.chains().entrySet()) {
            Field owner = Field.parse(doc.line(chain.getKey()).content(), chain.getKey(), doc.line(chain.getKey()).start());
            String role = owner == null ? "line " + chain.getKey() : owner.normalizedKey();
            add(lists, inUnit, chain(doc, "history:" + role, chain.getValue()));
        }
        Map<String, FieldPart> fields = new LinkedHashMap<>();
        field(fields, inUnit, "phase", h.phase());
        field(fields, inUnit, "plan", h.plan());
        field(fields, inUnit, "status", h.status());
        field(fields, inUnit, "last activity", h.lastActivity());
        field(fields, inUnit, "focus", h.focus());
        field(fields, inUnit, "milestone", h.milestone());
        field(fields, inUnit, "progress", h.progress());
        field(fields, inUnit, "last session", h.lastSession());
        field(fields, inUnit, "stopped at", h.stoppedAt());
        field(fields, inUnit, "resume file", h.resumeFile());
        field(fields, inUnit, "total plans", h.totalPlans());
        field(fields, inUnit, "average duration", h.averageDuration());
        field(fields, inUnit, "total time", h.totalTime());
        field(fields, inUnit, "next action", h.nextAction());
        if (h.nextAction() == null && h.nextActionLine() >= 0 && ps.model().nextAction() != null) {
            var line = doc.line(h.nextActionLine());
            int at = line.content().indexOf(ps.model().nextAction());
            if (at >= 0) {
                put(fields, inUnit, new FieldPart("next action", line.index(),
                        new Span(line.start() + at, line.start() + at + ps.model().nextAction().length())));
            }
        }
        Span footer = MilestoneRecords.footer(ps);
        if (footer != null) {
            put(fields, inUnit, new FieldPart("footer", doc.lineAt(footer.start()), footer));
        }
        if (!doc.frontmatter().isEmpty()) {
            Map<String, FrontmatterBlock.Entry> entries = doc.frontmatter().get(0).entries();
            for (FrontmatterBlock.Entry e : entries.values()) {
                boolean parent = e.raw().isEmpty() && entries.keySet().stream().anyMatch(k -> k.startsWith(e.path() + "."));
                boolean block = e.raw().startsWith("|") || e.raw().startsWith(">");
                if (!parent && !block) {
                    put(fields, inUnit, new FieldPart("fm:" + e.path(), e.line(), e.value()));
                }
            }
        }
        String[] mask = new String[doc.lineCount()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = inUnit[i] ? null : doc.line(i).content() + doc.line(i).terminator(text);
        }
        for (FieldPart f : fields.values()) {
            mask[f.line()] = Anatomy.token(f.role());
        }
        Map<String, Span> segments = new LinkedHashMap<>();
        for (ProgressLine.Segment seg : h.progressSegments()) {
            if (seg.label() != null) {
                segments.putIfAbsent(seg.label(), new Span(seg.start(), seg.end()));
            }
        }
        return new Anatomy(text, doc, mask, fields, lists, segments);
    }

    private static void add(Map<String, ListPart> lists, boolean[] inUnit, ListPart list) {
        if (list == null || lists.containsKey(list.id())) {
            return;
        }
        for (Unit u : list.units()) {
            for (int i = u.first(); i < u.end(); i++) {
                inUnit[i] = true;
            }
        }
        for (int p : list.placeholders()) {
            inUnit[p] = true;
        }
        lists.put(list.id(), list);
    }

    private static void field(Map<String, FieldPart> fields, boolean[] inUnit, String role, Field f) {
        if (f != null) {
            put(fields, inUnit, new FieldPart(role, f.line(), f.value()));
        }
    }

    /** A field on a line that is part of an item belongs to the item; one line holds one field. */
    private static void put(Map<String, FieldPart> fields, boolean[] inUnit, FieldPart f) {
        if (inUnit[f.line()] || fields.containsKey(f.role())) {
            return;
        }
        for (FieldPart other : fields.values()) {
            if (other.line() == f.line()) {
                return;
            }
        }
        fields.put(f.role(), f);
    }

    private static ListPart items(Document doc, String id, String prefix, ParsedState.ListBlock block) {
        String text = doc.text();
        Section s = block.section();
        List<Unit> units = new ArrayList<>();
        List<ListItem> items = block.items();
        for (int k = 0; k < items.size(); k++) {
            ListItem item = items.get(k);
            int limit = k + 1 < items.size() ? items.get(k + 1).line() : s.endLine();
            int end = extent(doc, item, limit);
            String itemText = item.text().of(text);
            boolean struck = itemText.startsWith("~~") && itemText.endsWith("~~") && itemText.length() > 4;
            boolean done = struck || item.checkbox() != null && Character.toLowerCase(item.checkbox()) == 'x';
            units.add(new Unit(prefix + normalize(itemText), item.line(), end, done, date(doc.line(item.line()).content()),
                    plan(itemText)));
        }
        return new ListPart(id, units, block.placeholderLines(), s.headingLine(), false);
    }

    /** The item's last line (exclusive): its own lines and everything indented under it, before {@code limit}. */
    private static int extent(Document doc, ListItem item, int limit) {
        int end = item.endLine();
        for (int i = item.endLine(); i < limit; i++) {
            String c = doc.line(i).content();
            if (c.isBlank()) {
                continue;
            }
            if (indent(c) <= item.indent() || Section.atxLevel(c) > 0) {
                break;
            }
            end = i + 1;
        }
        return end;
    }

    private static int indent(String s) {
        int col = 0;
        for (int k = 0; k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t'); k++) {
            col += s.charAt(k) == '\t' ? 4 : 1;
        }
        return col;
    }

    private static ListPart decisionRows(Document doc, TableBlock table) {
        String text = doc.text();
        List<String> header = table.header(text);
        int textCol = -1;
        for (int c = 0; c < header.size() && textCol < 0; c++) {
            if (header.get(c).contains("decision") || header.get(c).equals("choice")) {
                textCol = c;
            }
        }
        List<Unit> units = new ArrayList<>();
        for (TableBlock.Row row : table.dataRows()) {
            String cell = row.cell(text, textCol);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String content = doc.line(row.line()).content();
            units.add(new Unit("r:" + normalize(cell), row.line(), row.line() + 1, false, date(content), plan(content)));
        }
        return new ListPart("decision-rows", units, List.of(), -1, false);
    }

    private static ListPart metrics(Document doc, List<ParsedState.MetricTable> tables) {
        List<Unit> units = new ArrayList<>();
        for (ParsedState.MetricTable t : tables) {
            for (TableBlock.Row row : t.rows()) {
                String content = doc.line(row.line()).content();
                PlanId id = metricPlan(doc, t, row);
                String key = id == null ? "row:" + normalize(content) : "m:" + canonical(id);
                units.add(new Unit(key, row.line(), row.line() + 1, false, date(content), id));
            }
        }
        return units.isEmpty() ? null : new ListPart("metrics", units, List.of(), -1, false);
    }

    private static final LazyPattern GSD_ROW = LazyPattern.of("^Phase\\s+(\\d+(?:\\.\\d+)*)\\S*?\\s+P(\\d+)$");
    private static final LazyPattern ANY_ID = LazyPattern.of("(\\d+(?:\\.\\d+)*)-(\\d+)");

    /** The plan a metrics row is about: "Phase 02 P01", a "02-01" cell, or the Phase and Plan columns. */
    private static PlanId metricPlan(Document doc, ParsedState.MetricTable t, TableBlock.Row row) {
        String text = doc.text();
        String first = row.cell(text, 0);
        Matcher g = first == null ? null : GSD_ROW.matcher(first);
        if (g != null && g.matches()) {
            return new PlanId(g.group(1), g.group(2));
        }
        int planCol = t.header().indexOf("plan");
        int phaseCol = t.header().indexOf("phase");
        String planCell = row.cell(text, planCol);
        Matcher id = planCell == null ? null : ANY_ID.matcher(planCell);
        if (id != null && id.find()) {
            return new PlanId(id.group(1), id.group(2));
        }
        String phaseCell = row.cell(text, phaseCol);
        Matcher ph = phaseCell == null ? null : Pattern.compile("(\\d+(?:\\.\\d+)*)").matcher(phaseCell);
        Matcher pl = planCell == null ? null : Pattern.compile("(\\d+)").matcher(planCell);
        if (ph != null && ph.find() && pl != null && pl.find()) {
            return new PlanId(ph.group(1), pl.group(1));
        }
        return null;
    }

    /** A Previous chain: each entry with the blank lines after it, newest first. */
    private static ListPart chain(Document doc, String id, List<Integer> lines) {
        List<Unit> units = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            int line = lines.get(k);
            int end = line + 1;
            int limit = k + 1 < lines.size() ? lines.get(k + 1) : doc.lineCount();
            while (end < limit && doc.line(end).isBlank() && k + 1 < lines.size()) {
                end++;
            }
            String content = doc.line(line).content();
            String value = content.replaceFirst("^\\s*Previous:\\s*", "");
            String planId = PositionValues.firstPlanId(value);
            units.add(new Unit("h:" + normalize(value), line, end, false, date(content), planId == null ? null : PlanIds.parse(planId)));
        }
        return new ListPart(id, units, List.of(), -1, true);
    }

    static String canonical(PlanId id) {
        return id.phase().replaceAll("(^|\\.)0+(?=\\d)", "$1") + "-" + id.planNumber();
    }

    /** Identity of an item: case, spacing, emphasis, strike-through and a final period do not count. */
    static String normalize(String s) {
        String t = s.replace("~~", "").replace("**", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String date(String line) {
        Matcher m = DATE.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static PlanId plan(String text) {
        String id = PositionValues.firstPlanId(text);
        return id == null ? null : PlanIds.parse(id);
    }
}
