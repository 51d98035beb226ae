package dev.atomstate.cli;

import dev.atomstate.app.StateGuards;
import dev.atomstate.edit.Change;
import dev.atomstate.edit.Splicer;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.io.StateFile;
import dev.atomstate.io.StateUpdate;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.render.Json;
import dev.atomstate.render.WriteReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The validate-then-write-once flow of the writing commands, over io's {@link StateFile}: each file is read and
 * parsed once under its lock, the pure use case computes the change (or refuses by throwing, and nothing is
 * written), and the result is written once — or, with --dry-run, only computed and shown as a diff.
 */
final class Writes {
    private Writes() {
    }

    /** A writing command on the state file: compute, write, print the result (text or JSON). */
    static int state(Invocation inv, String kind, Function<ParsedState, Change> compute) {
        return file(inv, kind, inv.stateFile(), false, PARSE_STATE, guarded(compute));
    }

    // The common write path's functions as classes rather than lambdas or method references: a cold run links every
    // lambda call site it reaches through method handles, and `decide` runs cold in hooks.

    /** (name, text) to the parsed state file. */
    static final BiFunction<String, String, ParsedState> PARSE_STATE = new BiFunction<>() {
        @Override
        public ParsedState apply(String name, String text) {
            return StateParser.parse(name, text);
        }
    };

    /**
     * The same for any planning file; {@code parse} reads (name as shown, text) into what {@code compute} takes, and
     * with {@code mayBeMissing} a file not there yet is read as empty and created.
     */
    static <T> int file(Invocation inv, String kind, Path path, boolean mayBeMissing, BiFunction<String, String, T> parse, Function<T, Change> compute) {
        print(inv, kind, update(inv, path, mayBeMissing, parse, compute));
        return ExitCodes.OK;
    }

    /** Every state-file change passes the guards that hold for all of them (see {@link StateGuards}). */
    static Function<ParsedState, Change> guarded(Function<ParsedState, Change> compute) {
        return new Guarded(compute);
    }

    private static final class Guarded implements Function<ParsedState, Change> {
        private final Function<ParsedState, Change> compute;

        Guarded(Function<ParsedState, Change> compute) {
            this.compute = compute;
        }

        @Override
        public Change apply(ParsedState ps) {
            return StateGuards.outsideUnclosedFence(ps, StateGuards.withClosedFrontmatter(ps, compute.apply(ps)));
        }
    }

    /** One file's update: parse what was read under the lock, compute the change, and note it for the report. */
    private static final class OneFile<T> implements StateFile.UpdateAll {
        private final String name;
        private final BiFunction<String, String, T> parse;
        private final Function<T, Change> compute;
        private final Computed computed;

        OneFile(String name, BiFunction<String, String, T> parse, Function<T, Change> compute, Computed computed) {
            this.name = name;
            this.parse = parse;
            this.compute = compute;
            this.computed = computed;
        }

        @Override
        public List<byte[]> apply(List<StateFile.Loaded> current) {
            return Collections.singletonList(computed.next(0, current.get(0), compute.apply(parsed(parse, name, current.get(0).source()))));
        }
    }

    /** {@code parse} of a file's text; the state file's lines were found while its bytes were checked, and are not looked for again. */
    @SuppressWarnings("unchecked")
    private static <T> T parsed(BiFunction<String, String, T> parse, String name, dev.atomstate.io.SourceText source) {
        if (parse == PARSE_STATE && source.lines() != null) {
            return (T) StateParser.parse(name, source.text(), source.lines());
        }
        return parse.apply(name, source.text());
    }

    /** Parses {@code path}, computes the change and, unless --dry-run, writes it once under the lock. Prints nothing. */
    static <T> WriteReport.Outcome update(Invocation inv, Path path, boolean mayBeMissing, BiFunction<String, String, T> parse, Function<T, Change> compute) {
        String name = inv.display(path);
        if (inv.dryRun()) {
            String before = mayBeMissing && !Files.exists(path) ? "" : StateFile.read(path, name, inv.limits()).source().text();
            Change change = compute.apply(parse.apply(name, before));
            return new WriteReport.Outcome(name, before, change.apply(before), change, false, true);
        }
        Computed computed = new Computed(1);
        List<StateFile.Result> results = StateUpdate.updateAll(List.of(new StateFile.Target(path, name, mayBeMissing)), inv.limits(), inv.pause(),
                new OneFile<>(name, parse, compute, computed));
        return computed.outcome(0, name, results.get(0).written());
    }

    /**
     * The state file and a worklog (which may not exist yet) in one locked update: {@code compute} makes both changes
     * from one parse of each, so a refusal of either leaves both files as they are. The state file is written first:
     * it is the record of truth, the worklog entry its journal line.
     */
    static List<WriteReport.Outcome> stateAndWorklog(Invocation inv, Path statePath, Path worklogPath,
                                                    BiFunction<ParsedState, dev.atomstate.parse.worklog.ParsedWorklog, List<Change>> compute) {
        String stateName = inv.display(statePath);
        String worklogName = inv.display(worklogPath);
        if (inv.dryRun()) {
            String state = StateFile.read(statePath, stateName, inv.limits()).source().text();
            String worklog = Files.exists(worklogPath) ? StateFile.read(worklogPath, worklogName, inv.limits()).source().text() : "";
            List<Change> changes = compute.apply(StateParser.parse(stateName, state),
                    dev.atomstate.parse.worklog.WorklogParser.parse(worklogName, worklog));
            return List.of(new WriteReport.Outcome(stateName, state, changes.get(0).apply(state), changes.get(0), false, true),
                    new WriteReport.Outcome(worklogName, worklog, changes.get(1).apply(worklog), changes.get(1), false, true));
        }
        Computed computed = new Computed(2);
        List<StateFile.Result> results;
        try {
            results = StateUpdate.updateAll(List.of(new StateFile.Target(statePath, stateName, false),
                    new StateFile.Target(worklogPath, worklogName, true)), inv.limits(), inv.pause(), current -> {
                        List<Change> changes = compute.apply(StateParser.parse(stateName, current.get(0).source().text()),
                                dev.atomstate.parse.worklog.WorklogParser.parse(worklogName, current.get(1).source().text()));
                        List<byte[]> next = new ArrayList<>();
                        next.add(computed.next(0, current.get(0), changes.get(0)));
                        next.add(computed.next(1, current.get(1), changes.get(1)));
                        return next;
                    });
        } catch (StateFile.PartlyWritten e) {
            throw new AtomstateException(e.failure().kind(), stateName + " was updated, but the worklog entry was not added: "
                    + e.failure().getMessage() + "; add it with 'atomstate log add'");
        }
        return List.of(computed.outcome(0, stateName, results.get(0).written()), computed.outcome(1, worklogName, results.get(1).written()));
    }

    /** What the last computation under the lock made of each file: its text before and after, and the change. */
    private static final class Computed {
        private final String[] before;
        private final String[] after;
        private final Change[] change;

        Computed(int files) {
            before = new String[files];
            after = new String[files];
            change = new Change[files];
        }

        /** Records file {@code i}'s change and returns its new bytes, or null when it changes nothing. */
        byte[] next(int i, StateFile.Loaded current, Change c) {
            String text = current.source().text();
            before[i] = text;
            after[i] = c.apply(text);
            change[i] = c;
            return c.isNoop() ? null : editedBytes(current, c.edits(), after[i]);
        }

        WriteReport.Outcome outcome(int i, String name, boolean written) {
            return new WriteReport.Outcome(name, before[i], after[i], change[i], written, false);
        }
    }

    /**
     * The bytes of {@code after}, the text {@code current} read with {@code edits} spliced in: the bytes read with each
     * edit's range replaced (see {@link dev.atomstate.io.SourceText#encodeSpliced}), rather than the whole new text
     * encoded again.
     */
    static byte[] editedBytes(StateFile.Loaded current, List<TextEdit> edits, String after) {
        List<TextEdit> sorted = edits;
        for (int k = 1; k < edits.size(); k++) {
            if (edits.get(k - 1).start() > edits.get(k).start() || edits.get(k - 1).start() == edits.get(k).start() && edits.get(k - 1).end() > edits.get(k).end()) {
                // in the order Splicer applies them (which has refused overlapping or out-of-range edits by now)
                sorted = Splicer.inApplyOrder(edits);
                break;
            }
        }
        int n = sorted.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] replacements = new String[n];
        for (int k = 0; k < n; k++) {
            starts[k] = sorted.get(k).start();
            ends[k] = sorted.get(k).end();
            replacements[k] = sorted.get(k).replacement();
        }
        return current.source().encodeSpliced(current.bytes(), starts, ends, replacements, after);
    }

    /** One write's result as text, or as the command's JSON document. */
    static void print(Invocation inv, String kind, WriteReport.Outcome outcome) {
        if (inv.json()) {
            Json.print(inv.out(), WriteReport.json(kind, outcome));
        } else {
            WriteReport.text(inv.out(), outcome);
        }
    }

    /** Two writes' results: the first as the document, the second under {@code key} in it; as text one after the other. */
    static void print(Invocation inv, String kind, WriteReport.Outcome first, String key, WriteReport.Outcome second) {
        if (inv.json()) {
            Map<String, Object> doc = WriteReport.json(kind, first);
            doc.put(key, WriteReport.json(null, second));
            Json.print(inv.out(), doc);
        } else {
            WriteReport.text(inv.out(), first);
            WriteReport.text(inv.out(), second);
        }
    }
}
