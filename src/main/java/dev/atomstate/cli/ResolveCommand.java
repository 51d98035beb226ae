package dev.atomstate.cli;

import dev.atomstate.edit.Change;
import dev.atomstate.app.merge.ConflictedFile;
import dev.atomstate.app.merge.Markers;
import dev.atomstate.app.merge.ThreeWayMerge;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        header = "Resolve a file that holds git conflict markers",
        description = "Resolve a state file or worklog that already holds git conflict markers (a merge without the "
                + "driver): ours and theirs are rebuilt from the markers (the base from a diff3 '|||||||' section, else "
                + "from the lines both sides share) and merged the way the merge driver merges them. Refused, writing "
                + "nothing, when a conflict remains that only a person can decide.",
        footer = {"", "Example:", "  atomstate resolve .planning/STATE.md", "  atomstate resolve --dry-run"})
final class ResolveCommand implements Callable<Integer> {
    private final Invocation inv;

    ResolveCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The conflicted file; default: the state file.")
    Path file;

    @Override
    public Integer call() {
        Path target = file != null ? inv.cwd().resolve(file) : inv.stateFile();
        if (!java.nio.file.Files.exists(target)) {
            throw AtomstateException.input(inv.display(target) + ": no such file; give the file that holds the conflict markers");
        }
        return Writes.file(inv, "resolve", target, false, (name, text) -> new String[] {name, text},
                in -> resolve(target, in[0], in[1]));
    }

    private Change resolve(Path target, String name, String text) {
        ConflictedFile parts = ConflictedFile.split(text);
        if (parts == null) {
            throw AtomstateException.refused(name + ": no git conflict markers (<<<<<<< … ======= … >>>>>>>) in the file; nothing to resolve");
        }
        ThreeWayMerge.Kind kind = MergeSupport.kind(inv, target, parts.ours());
        ThreeWayMerge.Result r = ThreeWayMerge.merge(parts.base(), parts.ours(), parts.theirs(),
                new ThreeWayMerge.Options(kind, name, Markers.of(parts.markerSize())));
        if (!r.clean()) {
            List<String> left = r.decisions().stream().filter(d -> d.outcome().equals("conflict")).map(d -> d.part()).distinct().toList();
            throw AtomstateException.refused(name + ": " + r.conflicts() + " conflict(s) remain that need a person ("
                    + String.join(", ", left) + "); nothing written — edit those by hand");
        }
        int prefix = 0;
        String out = r.text();
        while (prefix < text.length() && prefix < out.length() && text.charAt(prefix) == out.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < text.length() - prefix && suffix < out.length() - prefix
                && text.charAt(text.length() - 1 - suffix) == out.charAt(out.length() - 1 - suffix)) {
            suffix++;
        }
        TextEdit edit = new TextEdit(prefix, text.length() - suffix, out.substring(prefix, out.length() - suffix), "resolved");
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("regions", parts.regions());
        facts.put("mergeKind", MergeSupport.kindName(kind));
        facts.put("decisions", MergeSupport.json(r.decisions()));
        List<String> notes = MergeSupport.lines(r.decisions()).stream().map(String::strip).toList();
        return new Change(List.of(edit), notes, "resolved " + parts.regions() + " conflict region(s)", facts);
    }
}
