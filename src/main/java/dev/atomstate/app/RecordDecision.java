package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.DecisionText;
import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.DecisionForms;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.ListItem;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlaceholderText;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.Section;
import dev.atomstate.parse.TableBlock;
import dev.atomstate.parse.Whitespace;
import dev.atomstate.query.PlanStatus;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * decide: one new entry at the end of the decisions list, in the style most of the list uses; a row in a
 * "Decisions Made" table; or a new Decisions section where the file has none. The same decision again is
 * a no-op.
 */
public final class RecordDecision {
    /** {@code style}: how a file with no decisions yet gets its first one (list, bold or table; null = list), from .atomstate.yml. */
    public record Options(String text, String phase, String rationale, String style) {
        public Options(String text, String phase, String rationale) {
            this(text, phase, rationale, null);
        }

    }

    private RecordDecision() {
    }

    public static Change run(ParsedState ps, Options options, ZonedDateTime now) {
        return run(ps, options, now::toLocalDate);
    }

    /**
     * {@code today}: the date for a decisions table's date column, asked for only when the decision goes into a
     * table with one (most files keep a list): reading the clock in its time zone costs a cold run a few ms.
     */
    public static Change run(ParsedState ps, Options options, java.util.function.Supplier<java.time.LocalDate> today) {
        String text = UserText.oneLine("the decision", options.text());
        String rationale = options.rationale() == null ? null : UserText.oneLine("--rationale", options.rationale());
        String phase = options.phase() == null ? defaultPhase(ps) : UserText.phase("--phase", options.phase());
        String full = rationale == null ? text : text + " — " + rationale;
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("phase", phase);
        facts.put("text", text);
        // also as this command writes it: "\|" in a table cell, "\#" at the start of an item
        java.util.Set<String> forms = new java.util.HashSet<>();
        for (String form : new String[] {text, full, UserText.cell(text), UserText.cell(full), UserText.itemStart(text), UserText.itemStart(full)}) {
            forms.add(norm(form));
        }
        // each decision's normal form costs four strings; a big file has a quarter of a million decisions, so one whose
        // letters and digits differ from every form's is passed over first (see AsciiLetters)
        long[] letters = new long[forms.size()];
        int f = 0;
        for (String form : forms) {
            letters[f++] = AsciiLetters.hash(form, null);
        }
        AsciiLetters scratch = new AsciiLetters();
        for (StateModel.Decision d : ps.model().decisions()) {
            if (scratch.surelyNoneOf(d.text(), letters)) {
                continue;
            }
            if (forms.contains(norm(d.text()))) {
                facts.put("alreadyRecorded", true);
                facts.put("line", d.line());
                return new Change(List.of(), List.of("decision already recorded at line " + d.line() + "; nothing changed"),
                        "decision already recorded", facts);
            }
        }
        facts.put("alreadyRecorded", false);
        ParsedState.Handles h = ps.handles();
        List<TextEdit> edits = new ArrayList<>();
        if (h.decisionTable() != null && (h.decisions() == null || h.decisions().items().isEmpty())) {
            edits.addAll(tableRow(ps, h.decisionTable(), phase, text, rationale, today));
        } else if (h.decisions() != null && !h.decisions().items().isEmpty()) {
            edits.add(appendItem(ps, h.decisions(), phase, full));
            edits.addAll(StalePlaceholders.delete(ps.doc(), h.decisions().placeholderLines(), -1, "placeholder beside the decisions deleted"));
        } else if (h.decisions() != null) {
            edits.add(firstItem(ps, h.decisions(), first(ps, options.style(), phase, text, rationale, full)));
        } else {
            edits.add(newSection(ps, first(ps, options.style(), phase, text, rationale, full)));
        }
        return StateGuards.outsideUnclosedFence(ps, new Change(edits, List.of("decision recorded" + (phase == null ? "" : " for phase " + phase)),
                "decision recorded", facts));
    }

    /**
     * A hash of a text's ASCII letters and digits, lowered, in order. Two decisions with the same {@link #norm} have the
     * same hash when the decision's text is all ASCII: norm only drops emphasis, spacing and a final period and lowers
     * the case, which for ASCII keeps every letter and digit and lowers it as this does. A text that is not all ASCII
     * could gain a letter in String.toLowerCase (the Kelvin sign), so it is always compared by its normal form.
     */
    private static final class AsciiLetters {
        private char[] buffer = new char[256];

        /** Whether {@code text} is all ASCII and its hash is none of {@code hashes}: then its normal form is none of theirs. */
        boolean surelyNoneOf(String text, long[] hashes) {
            if (buffer.length < text.length()) {
                buffer = new char[text.length()];
            }
            text.getChars(0, text.length(), buffer, 0);
            for (int i = 0; i < text.length(); i++) {
                if (buffer[i] >= 0x80) {
                    return false;
                }
            }
            long h = hash(text, buffer);
            for (long other : hashes) {
                if (other == h) {
                    return false;
                }
            }
            return true;
        }

        /** FNV-1a over the ASCII letters and digits of {@code text} (its chars already in {@code chars} when not null). */
        static long hash(String text, char[] chars) {
            long h = 0xcbf29ce484222325L;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = chars != null ? chars[i] : text.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                    continue;
                }
                h = (h ^ c) * 0x100000001b3L;
            }
            return h;
        }
    }

    /** A decision's text for a whitespace- and case-insensitive comparison, ignoring a final period and emphasis. */
    private static String norm(String s) {
        String t = Whitespace.collapse(s.replace("**", "")).strip().toLowerCase(Locale.ROOT);
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    /** The current plan ("62-01") when the position names one, else the current phase number, else null. */
    static String defaultPhase(ParsedState ps) {
        StateModel.Position pos = ps.model().position();
        if (pos.plan() != null && pos.plan().id() != null && !PlanStatus.isCounter(pos.plan())) {
            return pos.plan().id();
        }
        if (pos.phase() != null && pos.phase().number() != null) {
            return pos.phase().number();
        }
        return null;
    }

    private static TextEdit appendItem(ParsedState ps, ParsedState.ListBlock list, String phase, String full) {
        Document doc = ps.doc();
        String t = ps.text();
        // the style most items use, and of two used as often the one used last; the last item of it is the template.
        // One pass: a big file has hundreds of thousands of items, and the form of each is a regex match.
        Map<DecisionForms.Style, Integer> counts = new HashMap<>();
        Map<DecisionForms.Style, ListItem> lastOfStyle = new HashMap<>();
        DecisionForms.Style best = null;
        for (ListItem item : list.items()) {
            DecisionForms.Style style = DecisionForms.style(item.text().of(t));
            Integer count = counts.get(style);
            counts.put(style, count == null ? 1 : count + 1);
            lastOfStyle.put(style, item);
        }
        int lastBest = -1;
        for (Map.Entry<DecisionForms.Style, Integer> e : counts.entrySet()) {
            int lastAt = lastOfStyle.get(e.getKey()).line();
            if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best)) && lastAt > lastBest) {
                best = e.getKey();
                lastBest = lastAt;
            }
        }
        ListItem template = lastOfStyle.get(best);
        ListItem last = list.items().get(list.items().size() - 1);
        String line = numbered(render(doc, template, phase, full), template, last);
        int lastLine = lastLineOf(doc, last, list.section());
        String nl = doc.newlineNear(lastLine);
        String term = doc.line(lastLine).terminator(t);
        int at = doc.line(lastLine).end();
        return TextEdit.insert(at, term.isEmpty() ? nl + line : line + nl, "decision");
    }

    /**
     * The last line of {@code item} with everything nested under it: more-indented lines (sub-items, continuation
     * text), also after blank lines, up to the next line at the item's own indent or less.
     */
    private static int lastLineOf(Document doc, ListItem item, Section section) {
        int last = item.endLine() - 1;
        for (int i = item.endLine(); i < section.endLine(); i++) {
            String c = doc.line(i).content();
            if (c.isBlank()) {
                continue;
            }
            if (indent(c) <= item.indent()) {
                break;
            }
            last = i;
        }
        return last;
    }

    private static int indent(String s) {
        int col = 0;
        for (int k = 0; k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t'); k++) {
            col += s.charAt(k) == '\t' ? 4 : 1;
        }
        return col;
    }

    /** In a numbered list the new item takes the number after the last one ("4." → "5."), keeping the delimiter. */
    private static String numbered(String line, ListItem template, ListItem last) {
        if (!template.numbered() || !last.numbered()) {
            return line;
        }
        String next = (last.number() + 1) + template.marker().substring(template.marker().length() - 1);
        int at = line.indexOf(template.marker());
        return at < 0 ? line : line.substring(0, at) + next + line.substring(at + template.marker().length());
    }

    /** The template item's line with its phase label and text replaced. */
    private static String render(Document doc, ListItem template, String phase, String full) {
        String t = doc.text();
        var line = doc.line(template.line());
        String prefix = t.substring(line.start(), template.text().start());
        DecisionForms.DecisionForm form = DecisionForms.form(template.text().of(t));
        if (phase == null || form.style() == DecisionForms.Style.PLAIN) {
            return prefix + UserText.itemStart(full);
        }
        return prefix + DecisionText.labelled(form, PlanIds.parse(phase), PlanIds.withoutPhaseLabel(phase), full);
    }

    /** Replaces a "None yet." placeholder (the whole line), or appends after the section's last text. */
    /**
     * The first decision of a file that has none, in the configured style: {@code - [Phase 2]: text} (list, GSD's
     * template), {@code - **Phase 2**: text} (bold) or a Phase | Decision | Rationale table. Lines are joined with
     * the file's newline.
     */
    private static String first(ParsedState ps, String style, String phase, String text, String rationale, String full) {
        String p = phase == null ? null : phase.replace("]", "\\]");
        if ("table".equals(style)) {
            String nl = ps.doc().dominantNewline();
            return "| Phase | Decision | Rationale |" + nl + "|-------|----------|-----------|" + nl
                    + "| " + (phase == null ? "" : UserText.cell(phase)) + " | " + UserText.cell(text) + " | "
                    + (rationale == null ? "" : UserText.cell(rationale)) + " |";
        }
        if ("bold".equals(style)) {
            return "- " + (p == null ? UserText.itemStart(full) : "**Phase " + p.replace("*", "\\*") + "**: " + full);
        }
        return "- " + (p == null ? UserText.itemStart(full) : "[Phase " + p + "]: " + full);
    }

    private static TextEdit firstItem(ParsedState ps, ParsedState.ListBlock list, String item) {
        Document doc = ps.doc();
        if (list.placeholderLine() >= 0) {
            var line = doc.line(list.placeholderLine());
            return new TextEdit(line.start(), line.contentEnd(), item, "decision replaces placeholder");
        }
        return appendToSection(doc, list.section(), item);
    }

    private static TextEdit appendToSection(Document doc, Section section, String item) {
        int last = section.headingLine();
        for (int i = section.firstContentLine(); i < section.endLine(); i++) {
            if (!doc.line(i).isBlank()) {
                last = i;
            }
        }
        String t = doc.text();
        String nl = doc.newlineNear(last);
        var line = doc.line(last);
        boolean listAbove = last > section.headingLine() && ListItem.scan(doc, last, last + 1).size() == 1;
        String sep = last == section.headingLine() || listAbove ? "" : nl;
        String term = line.terminator(t);
        return TextEdit.insert(line.end(), (term.isEmpty() ? nl : "") + sep + item + (term.isEmpty() ? "" : nl), "decision");
    }

    /**
     * A new row at the end of the decisions table, cell by cell under its header (see parse.DecisionForms#columns); where
     * the table holds only placeholder rows ("| - | None yet | - |"), the first of them becomes the row and the others go.
     */
    private static List<TextEdit> tableRow(ParsedState ps, TableBlock table, String phase, String text, String rationale,
                                           java.util.function.Supplier<java.time.LocalDate> today) {
        Document doc = ps.doc();
        String t = ps.text();
        List<String> header = table.header(t);
        DecisionForms.Columns columns = DecisionForms.columns(header);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c == columns.text()) {
                // no column of its own for the rationale: it follows the decision, as in a list
                cells.add(columns.rationale() < 0 && rationale != null ? text + " — " + rationale : text);
            } else if (c == columns.phase()) {
                cells.add(phase == null ? "-" : paddedLike(lastPhaseCell(table, t, c), phase));
            } else if (c == columns.rationale()) {
                cells.add(rationale == null ? "-" : rationale);
            } else if (c == columns.date()) {
                cells.add(Styles.date(today.get()));
            } else {
                cells.add("-");
            }
        }
        StringBuilder row = new StringBuilder("|");
        for (String c : cells) {
            row.append(' ').append(UserText.cell(c)).append(" |");
        }
        List<TableBlock.Row> placeholders = new ArrayList<>();
        for (TableBlock.Row r : table.dataRows()) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < r.cells().size(); c++) {
                values.add(r.cell(t, c));
            }
            if (!PlaceholderText.isPlaceholderRow(values)) {
                placeholders.clear();
                break;
            }
            placeholders.add(r);
        }
        List<TextEdit> edits = new ArrayList<>();
        if (!placeholders.isEmpty()) {
            var first = doc.line(placeholders.get(0).line());
            edits.add(new TextEdit(first.start(), first.contentEnd(), row.toString(), "decision row replaces the placeholder row"));
            for (TableBlock.Row r : placeholders.subList(1, placeholders.size())) {
                edits.add(new TextEdit(doc.line(r.line()).start(), doc.line(r.line()).end(), "", "placeholder row deleted"));
            }
            return edits;
        }
        int lastLine = table.endLine() - 1;
        String nl = doc.newlineNear(lastLine);
        String term = doc.line(lastLine).terminator(t);
        edits.add(TextEdit.insert(doc.line(lastLine).end(), term.isEmpty() ? nl + row : row + nl, "decision row"));
        return edits;
    }

    /** The phase cell of the table's last real row, or null. */
    private static String lastPhaseCell(TableBlock table, String t, int column) {
        String last = null;
        for (TableBlock.Row r : table.dataRows()) {
            String cell = r.cell(t, column);
            if (!PlaceholderText.isEmptyCell(cell)) {
                last = cell;
            }
        }
        return last;
    }

    /** "2" written like "01" is "02"; "2-01" like "01-03" is "02-01"; anything else as given. */
    private static String paddedLike(String example, String phase) {
        String examplePhase = example == null ? null : PlanIds.leadingPhase(example);
        if (examplePhase == null) {
            return phase;
        }
        if (dev.atomstate.model.PlanId.isPhaseNumber(phase)) {
            return dev.atomstate.model.PlanId.padLike(examplePhase, phase);
        }
        dev.atomstate.model.PlanId id = PlanIds.parse(phase);
        return id == null || !phase.equals(id.toString()) ? phase
                : dev.atomstate.model.PlanId.padLike(examplePhase, id.phase()) + "-" + id.plan();
    }

    /** A "### Decisions" under "## Accumulated Context", else a "## Decisions" before the session section or at the end. */
    private static TextEdit newSection(ParsedState ps, String item) {
        Document doc = ps.doc();
        String t = doc.text();
        Section context = doc.sectionStartingWith("accumulated context");
        Section session = doc.sectionStartingWith("session continuity");
        if (context != null || session != null) {
            Section anchor = context != null ? context : session;
            int headingLine = anchor.headingLine();
            String nl = doc.newlineNear(headingLine);
            if (context != null) {
                String heading = "#".repeat(Math.min(6, context.level() + 1)) + " Decisions";
                var line = doc.line(headingLine);
                boolean blankAfter = headingLine + 1 < doc.lineCount() && doc.line(headingLine + 1).isBlank();
                String term = line.terminator(t);
                String block = (term.isEmpty() ? nl : "") + nl + heading + nl + nl + item + nl + (blankAfter ? "" : nl);
                return TextEdit.insert(line.end(), block, "new Decisions section");
            }
            String heading = "#".repeat(session.level()) + " Decisions";
            return TextEdit.insert(doc.line(headingLine).start(), heading + nl + nl + item + nl + nl, "new Decisions section");
        }
        String nl = doc.dominantNewline();
        String block = "## Decisions" + nl + nl + item + nl;
        if (t.isEmpty()) {
            return TextEdit.insert(0, block, "new Decisions section");
        }
        String lead = t.endsWith("\n") ? (t.endsWith(nl + nl) || t.endsWith("\n\n") ? "" : nl) : nl + nl;
        return TextEdit.insert(t.length(), lead + block, "new Decisions section");
    }
}
