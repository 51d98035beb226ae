package dev.atomstate.app;

import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.FrontmatterBlock;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.StatusWords;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Keeps a file's YAML frontmatter in agreement with the body, for every writing command. Only keys the file
 * already has are touched, and only their value's characters: key order, comments, indentation and the quoting
 * of every other key survive. Each value is written as a valid YAML scalar in the quoting style the key already
 * used (plain stays plain only when the value is safe as a plain scalar: no ": ", " #", leading "-", quotes…).
 */
public final class FrontmatterSync {
    private final FrontmatterBlock block;
    private final List<TextEdit> edits;
    private final List<String> notes;

    private FrontmatterSync(FrontmatterBlock block, List<TextEdit> edits, List<String> notes) {
        this.block = block;
        this.edits = edits;
        this.notes = notes;
    }

    /** Edits and notes are appended to the given lists; a file without frontmatter makes every call a no-op. */
    public static FrontmatterSync of(ParsedState ps, List<TextEdit> edits, List<String> notes) {
        return new FrontmatterSync(ps.doc().frontmatter().isEmpty() ? null : ps.doc().frontmatter().get(0), edits, notes);
    }

    public boolean has(String path) {
        return block != null && block.entry(path) != null;
    }

    /** The unquoted value, or null. */
    public String get(String path) {
        FrontmatterBlock.Entry e = block == null ? null : block.entry(path);
        return e == null ? null : e.unquoted();
    }

    /** A whole-number value, or null when absent or not a small number. */
    public Integer integer(String path) {
        String v = get(path);
        return v != null && v.matches("\\d{1,6}") ? Integer.valueOf(v) : null;
    }

    /** Sets {@code path} to {@code value} when the key exists; no edit when it already says that. */
    public void set(String path, String value) {
        FrontmatterBlock.Entry entry = block == null ? null : block.entry(path);
        if (entry == null || value == null) {
            return;
        }
        // a string that YAML would read as a number or a boolean is quoted, unless the key already held one
        String scalar = Styles.yamlScalarLike(FrontmatterBlock.plainKeepsItsType(entry.raw(), value) ? entry.raw() : "\"", value);
        if (!scalar.equals(entry.raw())) {
            edits.add(new TextEdit(entry.value().start(), entry.value().end(), scalar, "frontmatter " + path));
            notes.add("frontmatter " + path + " → " + value);
        }
    }

    /** Sets a timestamp key to {@code now} in the precision and form its current value has. */
    public void touch(String path, ZonedDateTime now) {
        String old = get(path);
        if (old != null) {
            set(path, Styles.dateLike(DateForms.of(old), now));
        }
    }

    /** A phase number in the form the key already has ({@code 03} stays two digits). */
    public void setPhase(String path, String number) {
        String old = get(path);
        if (old == null || number == null) {
            return;
        }
        String n = number;
        if (PlanIds.isZeroPaddedPhase(old) && PlanIds.isSingleDigitPhase(n)) {
            n = "0" + n;
        } else if (!old.startsWith("0") && PlanIds.hasLeadingZero(n)) {
            n = PlanIds.withoutLeadingZeros(n);
        }
        set(path, n);
    }

    /**
     * A new phase is under way: a status that says done (completed, complete, done) becomes the active word of the
     * GSD vocabulary in the case and separator style of the old value; an active status is left as written.
     */
    public void statusActive(boolean planned) {
        String old = get("status");
        if (old == null || !StatusWords.frontmatterFinished(old.strip())) {
            return;
        }
        String word = planned ? "executing" : "planning";
        set("status", Character.isUpperCase(old.strip().charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
    }

    /**
     * One more completed phase: bumps {@code progress.completed_phases} and moves {@code progress.percent} with it
     * when the percent was the phase ratio (GSD writes completed phases over total phases there).
     */
    public void phaseCompleted() {
        Integer completed = integer("progress.completed_phases");
        Integer total = integer("progress.total_phases");
        if (completed == null || total != null && completed >= total) {
            return;
        }
        set("progress.completed_phases", Integer.toString(completed + 1));
        Integer percent = integer("progress.percent");
        if (percent != null && total != null && total > 0 && percent == Math.round(completed * 100.0 / total)) {
            set("progress.percent", Long.toString(Math.round((completed + 1) * 100.0 / total)));
        }
    }
}
