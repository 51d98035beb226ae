package dev.atomstate.app;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.query.StateLists;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.BlockerItems;
import dev.atomstate.parse.DecisionForms;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.ListItem;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PositionValues;
import dev.atomstate.parse.Section;
import dev.atomstate.parse.StateParser;
import dev.atomstate.parse.TableBlock;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * What of a state file is history, as whole lines: the {@code Previous:} entries, decisions and metrics rows of
 * phases before the kept ones, resolved blockers and done todos, and sections about a finished phase
 * ("## Phase 3 Summary"). Each unit is a run of lines moved together: a list item with its nested lines, a table
 * row, a chain entry with the blank lines before it, a whole section.
 *
 * <p>No list that commands append to is ever emptied: where every entry of a chain, a decisions list or table, a
 * metrics table or an item list would go, its newest entry stays, because that is the entry the next
 * {@code complete-plan}, {@code decide} or {@code todo add} copies its form from.
 */
final class HistoryUnits {
    private HistoryUnits() {
    }

    enum Kind { HISTORY, DECISION, METRIC, BLOCKER, TODO, SECTION }

    /**
     * Lines {@code [from, to)} (0-based) that move together. {@code home} is the section whose heading the archive
     * repeats above them (null for a whole section, which brings its own); {@code chainOwner} the field line a
     * Previous entry belongs to; {@code table} the table whose header the archive repeats above a row.
     */
    record Unit(Kind kind, int from, int to, String phase, Section home, int chainOwner, TableBlock table) {
    }

    /** The phases kept, the first phase before them (everything older is history), and the units. */
    record Plan(List<String> keptPhases, String before, List<Unit> units) {
    }

    private static final LazyPattern HEADING_PHASE = LazyPattern.of("(?i)\\bPhases?\\s+(\\d+(?:\\.\\d+)*)");
    private static final LazyPattern ANY_PHASE = LazyPattern.of("(?i)\\bPhases?\\s+(\\d+(?:\\.\\d+)*)|(?<![\\w.])(\\d+(?:\\.\\d+)*)-\\d{2}(?!\\d)");
    /** Headings that say the phase is still open are not history, whatever its number. */
    private static final LazyPattern OPEN_WORDS = LazyPattern.of(
            "(?i)\\b(blocked|blockers?|active|current|focus|in progress|wip|pending|open|todos?|next|executing|ongoing)\\b");

    static Plan find(ParsedState ps, int keepPhases) {
        Document doc = ps.doc();
        List<Unit> candidates = new ArrayList<>();
        List<String> mentioned = new ArrayList<>();

        List<Unit> chains = chains(ps, mentioned);
        List<Unit> decisions = decisions(ps, mentioned);
        List<Unit> metrics = metrics(ps, mentioned);
        List<Unit> sections = sections(ps, mentioned);

        String current = ps.model().position().phase() == null ? null : ps.model().position().phase().number();
        if (current == null || !current.matches("\\d+(\\.\\d+)*")) {
            current = mentioned.stream().max(PlanId::comparePhases).orElse(null);
        }
        List<String> kept = new ArrayList<>();
        String before = null;
        if (current != null) {
            final String cur = current;
            TreeSet<String> earlier = new TreeSet<>((a, b) -> PlanId.comparePhases(b, a));
            for (String p : mentioned) {
                if (PlanId.comparePhases(p, cur) < 0) {
                    earlier.add(p);
                }
            }
            kept.add(cur);
            for (String p : earlier) {
                if (kept.size() >= keepPhases) {
                    break;
                }
                kept.add(p);
            }
            before = kept.get(kept.size() - 1);
        }
        final String cutoff = before;
        java.util.function.Predicate<Unit> finished = u -> cutoff != null && u.phase() != null
                && PlanId.comparePhases(u.phase(), cutoff) < 0;

        candidates.addAll(chainUnits(chains, finished));
        candidates.addAll(keepLastOfEachList(decisions, finished));
        candidates.addAll(keepLastOfEachList(metrics, finished));
        candidates.addAll(doneItems(ps, ps.handles().blockers(), ps.model().blockers(), Kind.BLOCKER));
        candidates.addAll(doneItems(ps, ps.handles().todos(), ps.model().todos(), Kind.TODO));
        BitSet protectedLines = protectedLines(ps);
        for (Unit s : sections) {
            if (finished.test(s) && protectedLines.get(s.from(), s.to()).isEmpty()) {
                candidates.add(s);
            }
        }
        return new Plan(kept, cutoff, disjoint(doc, candidates));
    }

    /** Every chain's entries, newest first, each with the blank lines just above it. */
    private static List<Unit> chains(ParsedState ps, List<String> mentioned) {
        Document doc = ps.doc();
        List<Unit> out = new ArrayList<>();
        for (var chain : ps.handles().chains().entrySet()) {
            int owner = chain.getKey();
            Section home = Section.atxLevel(doc.line(owner).content()) > 0 ? sectionAt(doc, owner) : doc.sectionAt(owner);
            for (int line : chain.getValue()) {
                int from = line;
                while (from - 1 > owner && doc.line(from - 1).isBlank()) {
                    from--;
                }
                String phase = historyPhase(ps, line);
                if (phase != null) {
                    mentioned.add(phase);
                }
                out.add(new Unit(Kind.HISTORY, from, line + 1, phase, home, owner, null));
            }
        }
        return out;
    }

    private static String historyPhase(ParsedState ps, int line) {
        for (StateModel.HistoryEntry h : ps.model().history()) {
            if (h.line() == line + 1) {
                PlanId id = h.planId() == null ? null : PlanIds.parse(h.planId());
                return id != null ? id.phase() : PositionValues.firstPhaseNumber(h.text());
            }
        }
        return null;
    }

    /**
     * Per chain, newest first: an entry of a finished phase goes, and so does an entry naming no phase that is older
     * than one that goes; when all would go, the newest stays.
     */
    private static List<Unit> chainUnits(List<Unit> all, java.util.function.Predicate<Unit> finished) {
        List<Unit> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            int owner = all.get(i).chainOwner();
            List<Unit> chain = new ArrayList<>();
            while (i < all.size() && all.get(i).chainOwner() == owner) {
                chain.add(all.get(i++));
            }
            List<Unit> moving = new ArrayList<>();
            boolean olderThanMoved = false;
            for (Unit u : chain) {
                boolean go = u.phase() == null ? olderThanMoved : finished.test(u);
                olderThanMoved |= go;
                if (go) {
                    moving.add(u);
                }
            }
            if (moving.size() == chain.size()) {
                moving.remove(0);
            }
            out.addAll(moving);
        }
        return out;
    }

    private static List<Unit> decisions(ParsedState ps, List<String> mentioned) {
        Document doc = ps.doc();
        String t = doc.text();
        List<Unit> out = new ArrayList<>();
        ParsedState.ListBlock list = ps.handles().decisions();
        if (list != null) {
            for (ListItem item : list.items()) {
                String label = DecisionForms.split(item.text().of(t))[0];
                String phase = label == null ? null : PlanIds.leadingPhase(label);
                addMention(mentioned, phase);
                out.add(new Unit(Kind.DECISION, item.line(), itemEnd(doc, item, list.section().endLine()), phase, list.section(), -1, null));
            }
        }
        TableBlock table = ps.handles().decisionTable();
        if (table != null) {
            int phaseCol = table.header(t).indexOf("phase");
            for (TableBlock.Row row : table.dataRows()) {
                String cell = row.cell(t, phaseCol);
                String phase = cell == null || cell.isBlank() ? null : PlanIds.leadingPhase(cell);
                addMention(mentioned, phase);
                out.add(new Unit(Kind.DECISION, row.line(), row.line() + 1, phase, doc.sectionAt(table.startLine()), -1, table));
            }
        }
        return out;
    }

    private static List<Unit> metrics(ParsedState ps, List<String> mentioned) {
        List<Unit> out = new ArrayList<>();
        for (ParsedState.MetricTable mt : ps.handles().metricTables()) {
            TableBlock table = mt.table().hasHeader() ? mt.table() : null;
            for (TableBlock.Row row : mt.rows()) {
                String phase = null;
                for (StateModel.MetricRow r : ps.model().metrics()) {
                    if (r.line() == row.line() + 1) {
                        phase = r.phase();
                    }
                }
                addMention(mentioned, phase);
                // a headerless block of GSD rows is its own list: the archive writes it headerless too
                out.add(new Unit(Kind.METRIC, row.line(), row.line() + 1, phase, ps.doc().sectionAt(mt.table().startLine()),
                        -1, table == null ? mt.table() : table));
            }
        }
        return out;
    }

    /** Per list (the same table, or the same section for list items), the last entry stays when all would go. */
    private static List<Unit> keepLastOfEachList(List<Unit> all, java.util.function.Predicate<Unit> finished) {
        List<Unit> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            Object list = listOf(all.get(i));
            List<Unit> same = new ArrayList<>();
            while (i < all.size() && listOf(all.get(i)).equals(list)) {
                same.add(all.get(i++));
            }
            List<Unit> moving = same.stream().filter(finished).toList();
            if (moving.size() == same.size() && !same.isEmpty()) {
                moving = moving.subList(0, moving.size() - 1);
            }
            out.addAll(moving);
        }
        return out;
    }

    private static Object listOf(Unit u) {
        return u.table() != null ? "table@" + u.table().startLine() : "section@" + (u.home() == null ? -1 : u.home().headingLine());
    }

    private static List<Unit> doneItems(ParsedState ps, ParsedState.ListBlock list, List<StateModel.Item> items, Kind kind) {
        List<Unit> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        // by line: the model may read more items than the list handle holds (other blocker sections, paragraphs) or fewer
        java.util.Set<Integer> doneLines = new java.util.HashSet<>();
        for (StateModel.Item i : items) {
            if (i.done()) {
                doneLines.add(i.line() - 1);
            }
        }
        List<ListItem> top = new ArrayList<>();
        String text = ps.text();
        for (int k = 0; k < list.items().size(); k++) {
            ListItem item = list.items().get(k);
            if (k > 0 && BlockerItems.isResolution(item.text().of(text))) {
                continue; // "- **Resolution**: …" belongs to the item above it and moves with it
            }
            top.add(item);
            if (doneLines.contains(item.line())) {
                int end = itemEnd(ps.doc(), item, list.section().endLine());
                for (int n = k + 1; n < list.items().size() && BlockerItems.isResolution(list.items().get(n).text().of(text))
                        && list.items().get(n).line() == end; n++) {
                    end = itemEnd(ps.doc(), list.items().get(n), list.section().endLine());
                }
                // an item closed only by the words above its list ("risks pre-mitigated in phase gates:") stays: alone
                // in the archive it would read as open
                if (kind == Kind.BLOCKER && !BlockerItems.closesItself(ps.doc(), item.line(), end)) {
                    continue;
                }
                out.add(new Unit(kind, item.line(), end, null, list.section(), -1, null));
            }
        }
        if (!top.isEmpty() && out.size() == top.size()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The item's line and every following line indented deeper than it (continuations, nested items). */
    private static int itemEnd(Document doc, ListItem item, int limit) {
        int end = item.line() + 1;
        while (end < limit && !doc.line(end).isBlank() && Section.atxLevel(doc.line(end).content()) == 0
                && ListItem.leadingSpaces(doc.line(end).content()) > item.indent()) {
            end++;
        }
        return end;
    }

    /** Sections whose heading is about exactly one phase and does not say it is still open. */
    private static List<Unit> sections(ParsedState ps, List<String> mentioned) {
        List<Unit> out = new ArrayList<>();
        for (Section s : ps.doc().sections()) {
            Matcher m = HEADING_PHASE.matcher(s.title());
            if (!m.find() || OPEN_WORDS.matcher(s.title()).find()) {
                continue;
            }
            String phase = m.group(1);
            Matcher all = ANY_PHASE.matcher(s.title());
            boolean single = true;
            while (all.find()) {
                String p = all.group(1) != null ? all.group(1) : all.group(2);
                single &= PlanId.comparePhases(p, phase) == 0;
            }
            if (single && !s.title().toLowerCase(Locale.ROOT).matches(".*\\bphases\\b.*")) {
                mentioned.add(phase);
                out.add(new Unit(Kind.SECTION, s.headingLine(), s.endLine(), phase, null, -1, null));
            }
        }
        return out;
    }

    /** Lines a command reads or writes: a section holding one of them is never moved as a whole. */
    private static BitSet protectedLines(ParsedState ps) {
        Document doc = ps.doc();
        ParsedState.Handles h = ps.handles();
        BitSet b = new BitSet(doc.lineCount());
        for (Field f : new Field[] {h.phase(), h.plan(), h.status(), h.lastActivity(), h.focus(), h.milestone(), h.progress(),
                h.lastSession(), h.stoppedAt(), h.resumeFile(), h.totalPlans(), h.averageDuration(), h.totalTime(), h.nextAction()}) {
            if (f != null) {
                b.set(f.line());
            }
        }
        if (h.nextActionLine() >= 0) {
            b.set(h.nextActionLine());
        }
        if (h.position() != null) {
            b.set(h.position().headingLine(), h.position().endLine());
        }
        h.chains().forEach((owner, lines) -> {
            b.set(owner);
            lines.forEach(b::set);
        });
        for (ParsedState.MetricTable mt : h.metricTables()) {
            b.set(mt.table().startLine(), mt.table().endLine());
        }
        for (ParsedState.ListBlock list : new ParsedState.ListBlock[] {h.decisions(), h.todos(), h.blockers()}) {
            if (list != null) {
                b.set(list.section().headingLine(), list.section().endLine());
            }
        }
        if (h.decisionTable() != null) {
            b.set(h.decisionTable().startLine(), h.decisionTable().endLine());
        }
        for (int i = 0; i < doc.bodyStartLine(); i++) {
            b.set(i);
        }
        return b;
    }

    /**
     * In line order, without overlaps (a nested section inside a moved one goes with it), and never a unit that holds
     * part of a code fence: moving half a fence would turn the rest of either file into code.
     */
    private static List<Unit> disjoint(Document doc, List<Unit> units) {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(Unit::from).thenComparing(u -> -u.to()));
        List<Unit> out = new ArrayList<>();
        int end = -1;
        for (Unit u : sorted) {
            if (u.from() < end || u.to() <= u.from()) {
                continue;
            }
            if (u.kind() != Kind.SECTION && touchesFence(doc, u)) {
                continue;
            }
            out.add(u);
            end = u.to();
        }
        return out;
    }

    private static boolean touchesFence(Document doc, Unit u) {
        for (int i = u.from(); i < u.to(); i++) {
            if (doc.inFence(i)) {
                return true;
            }
        }
        return false;
    }

    /** The section whose heading is on {@code headingLine}, or null. */
    static Section sectionAt(Document doc, int headingLine) {
        for (Section s : doc.sections()) {
            if (s.headingLine() == headingLine) {
                return s;
            }
        }
        return null;
    }

    private static void addMention(List<String> mentioned, String phase) {
        if (phase != null && phase.matches("\\d+(\\.\\d+)*")) {
            mentioned.add(phase);
        }
    }
}
