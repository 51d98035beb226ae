package dev.atomstate.parse;

import dev.atomstate.model.StateModel.Value;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phase tables in a state file ("| Phase | Name | Status |", "| 7 — Agent & Broker Lead Engine | ✅ Complete |"): the name
 * they give a phase, for a position that states the number only.
 */
final class PhaseTables {
    private PhaseTables() {
    }

    private static final LazyPattern NUMBER_CELL = LazyPattern.of("^(?:Phase\\s+)?(\\d+(?:\\.\\d+)*)$", Pattern.CASE_INSENSITIVE);
    private static final LazyPattern NUMBER_AND_NAME = LazyPattern.of("^(?:Phase\\s+)?(\\d+(?:\\.\\d+)*)\\s*(?:—|–|--|-|:)\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);

    /** "03" → "3", "03.1" → "3.1", "0" stays "0". */
    static String unpadded(String number) {
        int i = 0;
        while (i + 1 < number.length() && number.charAt(i) == '0' && Character.isDigit(number.charAt(i + 1))) {
            i++;
        }
        return number.substring(i);
    }

    /** The name a phase table gives phase {@code number} (numbers compared without padding), or null. */
    static Value name(Document doc, String number) {
        String t = doc.text();
        String want = unpadded(number);
        for (TableBlock table : TableBlock.scan(doc, doc.bodyStartLine(), doc.lineCount())) {
            List<String> header = table.header(t);
            if (header.isEmpty() || !header.get(0).startsWith("phase")) {
                continue;
            }
            int nameColumn = -1;
            for (int i = 1; i < header.size(); i++) {
                String h = header.get(i);
                if (h.equals("name") || h.equals("phase name") || h.equals("title") || h.equals("description")) {
                    nameColumn = i;
                    break;
                }
            }
            for (TableBlock.Row row : table.dataRows()) {
                String first = Markdown.plain(row.cell(t, 0));
                if (first == null) {
                    continue;
                }
                Matcher both = NUMBER_AND_NAME.matcher(first);
                if (nameColumn < 0 && both.matches() && unpadded(both.group(1)).equals(want)) {
                    return new Value(both.group(2).strip(), row.cell(t, 0), "phase-table", row.line() + 1);
                }
                Matcher only = NUMBER_CELL.matcher(first);
                if (nameColumn > 0 && only.matches() && unpadded(only.group(1)).equals(want)) {
                    String name = Markdown.plain(row.cell(t, nameColumn));
                    if (name != null && !name.isEmpty()) {
                        return new Value(name, row.cell(t, nameColumn), "phase-table", row.line() + 1);
                    }
                }
            }
        }
        return null;
    }
}
