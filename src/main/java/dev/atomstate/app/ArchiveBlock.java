package dev.atomstate.app;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.Section;
import dev.atomstate.parse.StateParser;

import java.util.ArrayList;
import java.util.List;

/**
 * The text compaction appends to the archive: a dated heading, then the moved lines under copies of the headings
 * they were under (and, for table rows, of their table's header), so that the archive reads back as a state file
 * of the same dialect: decisions as decisions, metrics rows as metrics rows, {@code Previous:} entries as chains
 * under a heading named like the field they followed ("### Status").
 *
 * <p>The only lines compaction writes itself are headings, blank lines and copied table header rows; every other
 * line of the block is a moved line, byte for byte (with the archive's line ending).
 */
final class ArchiveBlock {
    private ArchiveBlock() {
    }

    /** The heading of every block compact writes; the last one starts the block a rerun compares with. */
    static final LazyPattern DATED_HEADING = LazyPattern.of("^#{1,6} Compacted \\d{4}-\\d{2}-\\d{2} from \\S.*$");

    static String heading(String date, String stateName) {
        return "Compacted " + date + " from " + stateName;
    }

    /**
     * The units the archive's last block already holds (in the crash case: the archive was written, the state was
     * not), each block line matched at most once. Blank lines are not compared: a chain entry's blank line is the
     * block's spacing.
     */
    static boolean[] alreadyArchived(Document state, List<HistoryUnits.Unit> units, String archive) {
        boolean[] found = new boolean[units.size()];
        if (archive == null) {
            return found;
        }
        Document doc = Document.parse(archive);
        int start = -1;
        for (int i = 0; i < doc.lineCount(); i++) {
            if (!doc.inFence(i) && DATED_HEADING.matcher(doc.line(i).content()).matches()) {
                start = i + 1;
            }
        }
        if (start < 0) {
            return found;
        }
        List<String> block = new ArrayList<>();
        for (int i = start; i < doc.lineCount(); i++) {
            if (!doc.line(i).isBlank()) {
                block.add(doc.line(i).content());
            }
        }
        boolean[] used = new boolean[block.size()];
        for (int u = 0; u < units.size(); u++) {
            List<String> key = new ArrayList<>();
            for (int i = units.get(u).from(); i < units.get(u).to(); i++) {
                if (!state.line(i).isBlank()) {
                    key.add(state.line(i).content());
                }
            }
            found[u] = consume(block, used, key);
        }
        return found;
    }

    private static boolean consume(List<String> block, boolean[] used, List<String> key) {
        if (key.isEmpty()) {
            return false;
        }
        outer:
        for (int i = 0; i + key.size() <= block.size(); i++) {
            for (int k = 0; k < key.size(); k++) {
                if (used[i + k] || !block.get(i + k).equals(key.get(k))) {
                    continue outer;
                }
            }
            for (int k = 0; k < key.size(); k++) {
                used[i + k] = true;
            }
            return true;
        }
        return false;
    }

    /** The block for {@code units} (in line order), each line ending in {@code nl}. */
    static String render(Document doc, List<HistoryUnits.Unit> units, String title, String nl) {
        List<Group> groups = groups(units);
        int minLevel = 7;
        for (Group g : groups) {
            minLevel = Math.min(minLevel, g.headingLevel(doc));
        }
        int datedLevel = minLevel > 6 ? 1 : Math.max(1, minLevel - 1);
        List<String> fieldKeys = chainOwnerKeys(doc, units);

        StringBuilder out = new StringBuilder();
        out.append("#".repeat(datedLevel)).append(' ').append(title).append(nl);
        List<Section> open = new ArrayList<>();
        for (Group g : groups) {
            HistoryUnits.Unit first = g.units().get(0);
            boolean whole = first.kind() == HistoryUnits.Kind.SECTION;
            Section own = whole ? HistoryUnits.sectionAt(doc, first.from()) : first.home();
            List<Section> path = ancestors(doc, own, datedLevel);
            if (!whole && own != null) {
                path.add(own);
            }
            int common = 0;
            while (common < open.size() && common < path.size() && open.get(common).headingLine() == path.get(common).headingLine()) {
                common++;
            }
            for (int k = common; k < path.size(); k++) {
                blankBefore(out, nl);
                out.append(doc.line(path.get(k).headingLine()).content()).append(nl);
            }
            open = path;
            blankBefore(out, nl);
            if (first.kind() == HistoryUnits.Kind.HISTORY && !ownerIsHeading(doc, first)) {
                int level = Math.min(6, own == null ? datedLevel + 1 : own.level() + 1);
                out.append("#".repeat(level)).append(' ').append(fieldKeys.get(units.indexOf(first))).append(nl);
            } else if (first.table() != null && first.table().hasHeader()) {
                out.append(doc.line(first.table().startLine()).content()).append(nl);
                out.append(doc.line(first.table().startLine() + 1).content()).append(nl);
            }
            for (HistoryUnits.Unit u : g.units()) {
                for (int i = u.from(); i < u.to(); i++) {
                    out.append(doc.line(i).content()).append(nl);
                }
            }
        }
        return out.toString();
    }

    /** The sections {@code s} is nested in, outermost first, below the dated heading's level. */
    private static List<Section> ancestors(Document doc, Section s, int datedLevel) {
        List<Section> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (Section a : doc.sections()) {
            if (a.level() < s.level() && a.level() > datedLevel && a.headingLine() < s.headingLine() && a.endLine() >= s.endLine()) {
                out.add(a);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Section::level));
        return out;
    }

    /** Units that share a home section, chain and table, in the order of their first line. */
    private record Group(List<HistoryUnits.Unit> units) {
        /** The highest heading level the group writes or brings (7: none). */
        int headingLevel(Document doc) {
            HistoryUnits.Unit u = units.get(0);
            if (u.kind() == HistoryUnits.Kind.SECTION) {
                return Section.atxLevel(doc.line(u.from()).content());
            }
            if (u.home() != null) {
                return u.home().level();
            }
            return u.kind() == HistoryUnits.Kind.HISTORY ? 2 : 7;
        }
    }

    private static List<Group> groups(List<HistoryUnits.Unit> units) {
        List<Group> groups = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (HistoryUnits.Unit u : units) {
            String key = u.kind() == HistoryUnits.Kind.SECTION ? "section@" + u.from()
                    : u.kind() + "@" + (u.home() == null ? -1 : u.home().headingLine()) + "/" + u.chainOwner()
                    + "/" + (u.table() == null ? -1 : u.table().startLine());
            int at = keys.indexOf(key);
            if (at < 0) {
                keys.add(key);
                groups.add(new Group(new ArrayList<>(List.of(u))));
            } else {
                groups.get(at).units().add(u);
            }
        }
        // groups of one home stay together so its heading is written once
        List<Group> ordered = new ArrayList<>();
        for (Group g : groups) {
            if (ordered.contains(g)) {
                continue;
            }
            ordered.add(g);
            Section home = g.units().get(0).home();
            for (Group other : groups) {
                Section h = other.units().get(0).home();
                if (!ordered.contains(other) && home != null && h != null && h.headingLine() == home.headingLine()
                        && other.units().get(0).kind() != HistoryUnits.Kind.SECTION) {
                    ordered.add(other);
                }
            }
        }
        return ordered;
    }

    /** Every group starts after a blank line. */
    private static void blankBefore(StringBuilder out, String nl) {
        int n = 2 * nl.length();
        if (out.length() < n || !out.substring(out.length() - n).equals(nl + nl)) {
            out.append(nl);
        }
    }

    private static boolean ownerIsHeading(Document doc, HistoryUnits.Unit u) {
        return Section.atxLevel(doc.line(u.chainOwner()).content()) > 0;
    }

    /** For each unit, the key of the field its chain follows, as the file spells it ("Status", "Last activity"). */
    private static List<String> chainOwnerKeys(Document doc, List<HistoryUnits.Unit> units) {
        List<Field> fields = StateParser.fields(doc);
        List<String> keys = new ArrayList<>();
        for (HistoryUnits.Unit u : units) {
            String key = null;
            if (u.kind() == HistoryUnits.Kind.HISTORY) {
                for (Field f : fields) {
                    if (f.line() == u.chainOwner()) {
                        key = f.key();
                    }
                }
            }
            keys.add(key == null ? "History" : key);
        }
        return keys;
    }
}
