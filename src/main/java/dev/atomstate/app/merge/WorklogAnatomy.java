package dev.atomstate.app.merge;

import dev.atomstate.app.merge.Anatomy.ListPart;
import dev.atomstate.app.merge.Anatomy.Unit;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.worklog.ParsedEntry;
import dev.atomstate.parse.worklog.ParsedWorklog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A worklog as the merge sees it (see {@link Anatomy}): one list of entries, each with the separator that leads to
 * it from its neighbour (blank lines and "---" before it in a newest-last log, after it in a newest-first one), so
 * that an entry moves with its separator; the rest of the file (title, preamble) as lines.
 */
final class WorklogAnatomy {
    private WorklogAnatomy() {
    }

    static Anatomy of(ParsedWorklog w) {
        Document doc = w.doc();
        String text = doc.text();
        boolean newestFirst = w.layout().newestFirst();
        List<ParsedEntry> entries = w.entries();
        List<Unit> units = new ArrayList<>();
        boolean[] inUnit = new boolean[doc.lineCount()];
        for (int k = 0; k < entries.size(); k++) {
            ParsedEntry e = entries.get(k);
            int first = e.firstLine();
            int end = e.lastContentLine() + 1;
            if (!newestFirst && k > 0) {
                int floor = entries.get(k - 1).lastContentLine() + 1;
                while (first > floor && separator(doc, first - 1)) {
                    first--;
                }
            } else if (newestFirst && k + 1 < entries.size()) {
                int ceiling = entries.get(k + 1).firstLine();
                while (end < ceiling && separator(doc, end)) {
                    end++;
                }
            }
            String stamp = e.entry().timestamp() != null ? e.entry().timestamp() : e.entry().timestampText();
            String what = e.entry().objective() != null ? e.entry().objective() : doc.line(e.firstLine()).content();
            units.add(new Unit("e:" + stamp + "|" + StateAnatomy.normalize(what), first, end, false,
                    e.entry().timestamp(), null));
            for (int i = first; i < end; i++) {
                inUnit[i] = true;
            }
        }
        String[] mask = new String[doc.lineCount()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = inUnit[i] ? null : doc.line(i).content() + doc.line(i).terminator(text);
        }
        Map<String, ListPart> lists = new LinkedHashMap<>();
        lists.put("entries", new ListPart("entries", units, List.of(), -1, newestFirst));
        return new Anatomy(text, doc, mask, Map.of(), lists, Map.of());
    }

    private static boolean separator(Document doc, int line) {
        String c = doc.line(line).content().strip();
        return c.isEmpty() || c.matches("-{3,}|\\*{3,}|_{3,}");
    }
}
