package dev.atomstate.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Every place a file records decisions: each section whose heading names decisions ("Decisions", "### Key Decisions
 * (v1.3)", "Architecture Decisions", "Locked decisions", "决策"), the sections nested in one ("Key Decisions Locked" over
 * "### Product" and "### Technical"), and a list under a bold label that names decisions anywhere ("**关键决策**:",
 * "**Key decisions:**"). Each block is a section's own lines (up to its first sub-heading): its top-level list items and
 * its tables. Items under a "Pending:" or "Open:" label are decisions not yet taken; placeholders are no items.
 */
final class DecisionSections {
    private DecisionSections() {
    }

    /** A list or a table of decisions; {@code table} is null for a list block, {@code list} null for a table block. */
    record Block(ParsedState.ListBlock list, TableBlock table) {
    }

    private static final LazyPattern LABEL_LINE = LazyPattern.of("^\\s*(?:\\*\\*|__)([^*_]{1,60}?)\\s*:?\\s*(?:\\*\\*|__)\\s*:?\\s*$");
    private static final LazyPattern NOT_TAKEN = LazyPattern.of("(?i)^(?:pending|open|undecided|to decide|proposed|deferred)(?:\\s+decisions?)?$");
    private static final LazyPattern OTHER_LIST = LazyPattern.of("(?i).*\\b(?:todos?|blockers?|concerns?|questions?|risks?|issues?|pitfalls?)\\b.*");

    /** Whether a heading names decisions (and not decisions still to take). */
    static boolean namesDecisions(String normalizedTitle) {
        return (normalizedTitle.contains("decision") || normalizedTitle.contains("决策"))
                && !normalizedTitle.contains("pending decision") && !normalizedTitle.contains("open decision");
    }

    static List<Block> blocks(Document doc) {
        List<Block> out = new ArrayList<>();
        List<Section> sections = doc.sections();
        boolean[] covered = new boolean[doc.lineCount()];
        for (int k = 0; k < sections.size(); k++) {
            Section s = sections.get(k);
            if (!inDecisions(sections, k)) {
                continue;
            }
            int own = k + 1 < sections.size() && sections.get(k + 1).headingLine() < s.endLine() ? sections.get(k + 1).headingLine() : s.endLine();
            Section ownLines = new Section(s.level(), s.title(), s.headingLine(), own);
            out.add(new Block(list(doc, ownLines, s.firstContentLine(), own, true), null));
            for (TableBlock table : TableBlock.scan(doc, s.firstContentLine(), own)) {
                out.add(new Block(null, table));
            }
            Arrays.fill(covered, s.firstContentLine(), own, true);
        }
        // "**关键决策**:" under a heading that is about something else: the list right below the label
        for (int i = doc.bodyStartLine(); i < doc.lineCount(); i++) {
            // only a line that starts with emphasis can be a label: the others are not copied
            if (covered[i] || doc.inFence(i) || !doc.mayStartWith(i, '*') && !doc.mayStartWith(i, '_')) {
                continue;
            }
            String c = doc.line(i).content();
            var m = LABEL_LINE.matcher(c);
            if (m.matches() && namesDecisions(m.group(1).toLowerCase(Locale.ROOT))) {
                int end = listEnd(doc, i + 1);
                Section home = doc.sectionAt(i);
                Section region = new Section(home == null ? 0 : home.level(), home == null ? "" : home.title(), i, end);
                out.add(new Block(list(doc, region, i + 1, end, false), null));
            }
        }
        return out;
    }

    /** Section {@code k} names decisions, or sits inside one and is not a list of something else. */
    private static boolean inDecisions(List<Section> sections, int k) {
        Section s = sections.get(k);
        if (namesDecisions(s.normalizedTitle())) {
            return true;
        }
        if (OTHER_LIST.matcher(s.normalizedTitle()).matches()) {
            return false;
        }
        for (int p = k - 1; p >= 0; p--) {
            Section parent = sections.get(p);
            if (parent.level() < s.level() && parent.endLine() >= s.endLine()) {
                if (namesDecisions(parent.normalizedTitle())) {
                    return true;
                }
                s = parent;
            }
        }
        return false;
    }

    /** The end (exclusive) of the list starting at or after {@code from} (blank lines before it skipped). */
    private static int listEnd(Document doc, int from) {
        int i = from;
        while (i < doc.lineCount() && doc.line(i).isBlank()) {
            i++;
        }
        int end = i;
        while (end < doc.lineCount() && !doc.line(end).isBlank() && Section.atxLevel(doc.line(end).content()) == 0
                && (ListItem.parse(doc.line(end)) != null || end > i && ListItem.leadingSpaces(doc.line(end).content()) > 0)) {
            end++;
        }
        return end;
    }

    /** {@code block} without the items under a "**Pending:**" label: a new decision goes among the ones taken. */
    static ParsedState.ListBlock withoutPending(Document doc, ParsedState.ListBlock block) {
        if (block == null) {
            return null;
        }
        Set<Integer> pending = pendingLines(doc, block.section().firstContentLine(), block.section().endLine());
        if (pending.isEmpty()) {
            return block;
        }
        List<ListItem> items = new ArrayList<>(block.items());
        for (java.util.Iterator<ListItem> it = items.iterator(); it.hasNext(); ) {
            if (pending.contains(it.next().line())) {
                it.remove();
            }
        }
        return new ParsedState.ListBlock(block.section(), items, block.placeholderLines());
    }

    /** The lines under a label that says its items are not taken yet ("**Pending:**"), up to the next label. */
    private static Set<Integer> pendingLines(Document doc, int from, int to) {
        Set<Integer> out = new HashSet<>();
        boolean notTaken = false;
        for (int i = from; i < to; i++) {
            if (doc.mayStartWith(i, '#') && Section.atxLevel(doc.line(i)) > 0) {
                notTaken = false;
                continue;
            }
            // only a line that starts with emphasis can be a label: the others are neither copied nor matched
            Matcher m = !doc.inFence(i) && (doc.mayStartWith(i, '*') || doc.mayStartWith(i, '_')) ? LABEL_LINE.matcher(doc.line(i).content()) : null;
            if (m != null && m.matches()) {
                notTaken = NOT_TAKEN.matcher(m.group(1).strip()).matches();
            } else if (notTaken) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The top-level items of {@code [from, to)}, without placeholders and, when {@code labels} is set, without the items
     * under a label that says they are not taken yet ("**Pending:**").
     */
    private static ParsedState.ListBlock list(Document doc, Section section, int from, int to, boolean labels) {
        String t = doc.text();
        List<ListItem> all = ListItem.scan(doc, from, to);
        int minIndent = ListItem.minIndent(all);
        Set<Integer> skipped = labels ? pendingLines(doc, from, to) : Set.of();
        List<ListItem> items = new ArrayList<>();
        List<Integer> placeholders = new ArrayList<>();
        for (ListItem item : all) {
            if (item.indent() != minIndent || skipped.contains(item.line())) {
                continue;
            }
            if (PlaceholderText.isPlaceholder(t, item.text().start(), item.text().end())) {
                placeholders.add(item.line());
                continue;
            }
            items.add(item);
        }
        return new ParsedState.ListBlock(section, items, placeholders);
    }
}
