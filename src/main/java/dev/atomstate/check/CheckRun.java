package dev.atomstate.check;

import dev.atomstate.edit.Change;
import dev.atomstate.parse.ParsedState;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One run of check over several files: the files read, their findings, the files that could not be read, what
 * --fix changed, and the exit policy. The command line feeds it file by file (reading is io's); the report formats
 * render it.
 */
public final class CheckRun {
    /** The worst finding that still passes: with {@code ERROR} only errors fail the run, with {@code WARNING} warnings too. */
    public enum FailOn { ERROR, WARNING }

    /** What --fix did to one file: its changes (or why none), whether it was written, and whether this was a dry run. */
    public record Fix(String file, List<String> changes, boolean written, boolean dryRun) {
    }

    /**
     * A file given to check that could not be read (missing, a folder, unreadable, over the size limit), and why in
     * one line; {@code file} is null when no file could be named (nothing found to check).
     */
    public record Unreadable(String file, String message) {
    }

    private final List<String> files = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Unreadable> unreadable = new ArrayList<>();
    private final List<Fix> fixes;

    /** {@code fixing}: --fix was given, so the report lists what it did (an empty list when it did nothing). */
    public CheckRun(boolean fixing) {
        this.fixes = fixing ? new ArrayList<>() : null;
    }

    /**
     * check --fix on one file: the fixes that are certain for the findings check reports on it now (configured
     * severities and suppressions applied), computed from the text read under the lock.
     */
    public static Change fix(ParsedState state, CheckContext context) {
        Set<String> reported = new HashSet<>();
        for (Diagnostic d : Checker.check(state, context)) {
            reported.add(d.rule() + ":" + d.line() + ":" + d.column());
            reported.add(d.rule() + ":" + d.line() + ":0");
        }
        return FixFindings.compute(state, (rule, line, column) -> reported.contains(rule + ":" + line + ":" + column));
    }

    /** A file that was read, with its findings. */
    public void checked(String file, List<Diagnostic> found) {
        diagnostics.addAll(found);
        files.add(file);
    }

    public void unreadable(String file, String message) {
        unreadable.add(new Unreadable(file, message));
    }

    public void fixed(Fix fix) {
        fixes.add(fix);
    }

    public List<String> files() {
        return files;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public List<Unreadable> unreadable() {
        return unreadable;
    }

    /** What --fix did, file by file; null without --fix. */
    public List<Fix> fixes() {
        return fixes;
    }

    // loops rather than streams: check runs cold in CI and hooks, and a cold run links each lambda it reaches
    public long count(Severity s) {
        long n = 0;
        for (Diagnostic d : diagnostics) {
            if (d.severity() == s) {
                n++;
            }
        }
        return n;
    }

    /** True when a finding is at the failing severity: the run exits 1 then, whatever else happened. */
    public boolean failing(FailOn failOn) {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR || failOn == FailOn.WARNING && d.severity() == Severity.WARNING) {
                return true;
            }
        }
        return false;
    }
}
