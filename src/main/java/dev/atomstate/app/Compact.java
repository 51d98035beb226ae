package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.Splicer;
import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.ParsedState;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Moves what is history out of a state file into its archive (see {@link HistoryUnits} for what that is): the
 * state loses whole lines and gains none; the archive gains the same lines, byte for byte, under a dated heading
 * and copies of the headings they were under ({@link ArchiveBlock}). Lines the archive's last block already holds
 * — a compaction that wrote the archive and stopped before the state — are removed from the state and not written
 * again, so a rerun completes it without duplicating anything.
 */
public final class Compact {
    private Compact() {
    }

    /** {@code stateName}/{@code archiveName}: the files as the user sees them; the budget is check's size-budget. */
    public record Options(int keepPhases, String stateName, String archiveName, int maxLines, long maxBytes) {
        public Options {
            if (keepPhases < 1) {
                throw AtomstateException.usage("--keep-phases " + keepPhases + " keeps nothing; give 1 (the current phase) or more");
            }
        }
    }

    /**
     * {@code state}: the edits to the state file; {@code archiveAfter}: the archive's new text, or null when it stays
     * as it is ({@code archiveBefore} null: there is no archive yet).
     */
    public record Result(Change state, String archiveBefore, String archiveAfter) {
        public boolean archiveChanges() {
            return archiveAfter != null && !archiveAfter.equals(archiveBefore);
        }
    }

    public static Result run(ParsedState ps, String archive, Options o, ZonedDateTime now) {
        Document doc = ps.doc();
        HistoryUnits.Plan plan = HistoryUnits.find(ps, o.keepPhases());
        List<HistoryUnits.Unit> units = plan.units();
        boolean[] archived = ArchiveBlock.alreadyArchived(doc, units, archive);

        List<TextEdit> edits = new ArrayList<>();
        List<HistoryUnits.Unit> toWrite = new ArrayList<>();
        int lines = 0;
        int already = 0;
        for (int i = 0; i < units.size(); i++) {
            HistoryUnits.Unit u = units.get(i);
            edits.add(new TextEdit(doc.line(u.from()).start(), doc.line(u.to() - 1).end(), "",
                    "moved " + describe(u.kind(), 1) + " (line " + (u.from() + 1) + ") to " + o.archiveName()));
            lines += u.to() - u.from();
            if (archived[i]) {
                already++;
            } else {
                toWrite.add(u);
            }
        }
        String after = Splicer.apply(ps.text(), edits);
        String archiveAfter = null;
        if (!toWrite.isEmpty()) {
            String nl = archive != null && archive.contains("\n") ? Document.parse(archive).dominantNewline() : doc.dominantNewline();
            String block = ArchiveBlock.render(doc, toWrite, ArchiveBlock.heading(Styles.date(now), fileName(o.stateName())), nl);
            archiveAfter = appended(archive, block, nl);
        }

        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("archive", o.archiveName());
        facts.put("keepPhases", o.keepPhases());
        facts.put("keptPhases", plan.keptPhases());
        facts.put("movedBefore", plan.before());
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (HistoryUnits.Kind k : HistoryUnits.Kind.values()) {
            moved.put(key(k), (int) units.stream().filter(u -> u.kind() == k).count());
        }
        // a finished phase's section may hold decisions of its own ("**Key decisions:**" and a list): they move too
        moved.put(key(HistoryUnits.Kind.DECISION), (int) ps.model().decisions().stream()
                .filter(d -> units.stream().anyMatch(u -> d.line() - 1 >= u.from() && d.line() - 1 < u.to())).count());
        facts.put("moved", moved);
        facts.put("movedLines", lines);
        facts.put("alreadyArchived", already);
        Map<String, Object> sizeBefore = size(doc.lineCount(), bytes(ps.text()));
        int afterLines = Document.parse(after).lineCount();
        long afterBytes = bytes(after);
        facts.put("before", sizeBefore);
        facts.put("after", size(afterLines, afterBytes));
        facts.put("budget", size(o.maxLines(), o.maxBytes()));
        facts.put("withinBudget", afterLines <= o.maxLines() && afterBytes <= o.maxBytes());

        List<String> notes = new ArrayList<>();
        String scope = plan.before() == null ? "no phase to measure history by"
                : "history before phase " + plan.before() + " (kept: " + String.join(", ", plan.keptPhases()) + ")";
        if (units.isEmpty()) {
            notes.add("nothing to compact in " + o.stateName() + ": " + (plan.before() == null ? scope : "no " + scope)
                    + ", no resolved blockers or done todos");
            notes.add(sizeLine(o.stateName(), doc.lineCount(), bytes(ps.text()), afterLines, afterBytes, o));
            return new Result(new Change(List.of(), notes, "nothing to compact", facts), archive, null);
        }
        notes.add("moved " + lines + " lines to " + o.archiveName() + ": " + counts(moved) + " — " + scope);
        if (already > 0) {
            notes.add((already == units.size() ? "all " + already : already + " of " + units.size()) + " entries were already in "
                    + "the archive's last block (an earlier compaction stopped before writing " + o.stateName() + "); not written again");
        }
        notes.add(sizeLine(o.stateName(), doc.lineCount(), bytes(ps.text()), afterLines, afterBytes, o));
        if (!(Boolean) facts.get("withinBudget")) {
            notes.add("what is left is not history by these rules: keep fewer phases (--keep-phases), trim by hand, or raise "
                    + "check.size-budget");
        }
        return new Result(new Change(edits, notes, "compacted history", facts), archive, archiveAfter);
    }

    /** The archive with the block appended after a blank line (a last line without a line ending gets one). */
    private static String appended(String archive, String block, String nl) {
        if (archive == null || archive.isEmpty()) {
            return block;
        }
        StringBuilder sb = new StringBuilder(archive);
        if (!archive.endsWith("\n")) {
            sb.append(nl);
        }
        if (!sb.toString().endsWith("\n\n") && !sb.toString().endsWith("\n\r\n")) {
            sb.append(nl);
        }
        return sb.append(block).toString();
    }

    /**
     * Lines before and after, and the budget verdict; bytes only where they are over, since they also count line
     * endings (the same file with CRLF is a few percent larger) and the text should say the same for both.
     */
    private static String sizeLine(String name, int lines, long bytes, int afterLines, long afterBytes, Options o) {
        StringBuilder sb = new StringBuilder(name + ": " + lines + " → " + afterLines + " lines");
        List<String> over = new ArrayList<>();
        if (afterLines > o.maxLines()) {
            over.add(afterLines + " lines");
        }
        if (afterBytes > o.maxBytes()) {
            over.add(kb(afterBytes));
        }
        sb.append(over.isEmpty() ? ", within" : ", over (" + String.join(", ", over) + ")");
        return sb.append(" the budget of ").append(o.maxLines()).append(" lines and ").append(kb(o.maxBytes())).toString();
    }

    private static String counts(Map<String, Integer> moved) {
        List<String> parts = new ArrayList<>();
        for (HistoryUnits.Kind k : HistoryUnits.Kind.values()) {
            int n = moved.get(key(k));
            if (n > 0) {
                parts.add(n + " " + describe(k, n));
            }
        }
        return String.join(", ", parts);
    }

    private static String describe(HistoryUnits.Kind k, int n) {
        String one = switch (k) {
            case HISTORY -> "Previous entry";
            case DECISION -> "decision";
            case METRIC -> "metrics row";
            case BLOCKER -> "resolved blocker";
            case TODO -> "done todo";
            case SECTION -> "section of a finished phase";
        };
        if (n == 1) {
            return one;
        }
        return k == HistoryUnits.Kind.SECTION ? "sections of finished phases" : one.replace("entry", "entrie") + "s";
    }

    private static String key(HistoryUnits.Kind k) {
        return switch (k) {
            case HISTORY -> "history";
            case DECISION -> "decisions";
            case METRIC -> "metrics";
            case BLOCKER -> "blockers";
            case TODO -> "todos";
            case SECTION -> "sections";
        };
    }

    private static Map<String, Object> size(long lines, long bytes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lines", lines);
        m.put("bytes", bytes);
        return m;
    }

    private static String fileName(String shown) {
        int slash = Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\'));
        return shown.substring(slash + 1);
    }

    private static long bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static String kb(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
