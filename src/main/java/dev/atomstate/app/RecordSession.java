package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.Span;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * session: session continuity — "Last session" to now in the date form the field already has, and, when given,
 * "Stopped at" and "Resume file" (a missing one is added under the others, written like them). Frontmatter keys
 * stopped_at, resume_file, last_session and last_updated follow where the file has them.
 */
public final class RecordSession {
    public record Options(String stoppedAt, String resumeFile) {
    }

    private RecordSession() {
    }

    public static Change run(ParsedState ps, Options options, ZonedDateTime now) {
        String stopped = options.stoppedAt() == null ? null : UserText.oneLine("--stopped-at", options.stoppedAt());
        String resume = options.resumeFile() == null ? null : UserText.oneLine("--resume-file", options.resumeFile());
        ParsedState.Handles h = ps.handles();
        String text = ps.text();
        List<TextEdit> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Object> facts = new LinkedHashMap<>();
        Field anchor = h.lastSession() != null ? h.lastSession() : h.stoppedAt() != null ? h.stoppedAt() : h.resumeFile();
        FrontmatterSync fm = FrontmatterSync.of(ps, edits, notes);
        if (anchor == null && !fm.has("stopped_at")) {
            throw AtomstateException.refused(ps.fileName() + ": no session continuity (Last session / Stopped at / Resume file) "
                    + "to update; add a '## Session Continuity' section with those fields");
        }
        PositionWrites writes = new PositionWrites(ps, edits, notes);
        Replacer out = writes.out();
        if (h.lastSession() != null) {
            String v = Styles.dateLike(DateForms.of(h.lastSession().value(text)), now);
            facts.put("lastSession", v);
        }
        writes.session(now, null, null);
        int lastLine = anchor == null ? -1 : Math.max(anchor.line(), Math.max(line(h.stoppedAt()), line(h.resumeFile())));
        List<String> added = new ArrayList<>();
        if (stopped != null) {
            facts.put("stoppedAt", stopped);
            if (h.stoppedAt() != null) {
                writes.stoppedAt(old -> stopped);
            } else if (anchor != null) {
                added.add(fieldLike(ps, anchor, "Stopped at", stopped));
                notes.add("stopped at added: " + stopped);
            }
            fm.set("stopped_at", stopped);
        }
        if (resume != null) {
            facts.put("resumeFile", resume);
            if (h.resumeFile() != null) {
                out.replace(h.resumeFile().value(), resume, "resume file → " + resume);
            } else if (anchor != null) {
                added.add(fieldLike(ps, anchor, "Resume file", resume));
                notes.add("resume file added: " + resume);
            }
            fm.set("resume_file", resume);
        }
        for (String line : added) {
            edits.add(AddItem.insertLineAfter(ps.doc(), lastLine, line, "session field added"));
        }
        fm.touch("last_session", now);
        fm.touch("last_updated", now);
        return new Change(List.copyOf(edits), List.copyOf(notes), "session recorded", facts);
    }

    private static int line(Field f) {
        return f == null ? -1 : f.line();
    }

    /** A new "Key: value" line written like {@code example}: same prefix, bold style and capitalisation. */
    static String fieldLike(ParsedState ps, Field example, String key, String value) {
        Line l = ps.doc().line(example.line());
        String content = l.content();
        Span k = example.keySpan();
        String exampleKey = k.of(ps.text());
        String cased = exampleKey.equals(exampleKey.toLowerCase()) ? key.toLowerCase() : titleLike(exampleKey, key);
        return content.substring(0, k.start() - l.start()) + cased + content.substring(k.end() - l.start(), example.value().start() - l.start()) + value;
    }

    /** "Last Session" writes "Stopped At"; "Last session" writes "Stopped at". */
    private static String titleLike(String example, String key) {
        String[] words = example.split(" ");
        boolean allCaps = words.length > 1 && words[1].length() > 0 && Character.isUpperCase(words[1].charAt(0));
        if (!allCaps) {
            return key;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : key.split(" ")) {
            sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}
