package dev.atomstate.cli;

import dev.atomstate.io.WritePause;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help fits the terminal: at COLUMNS=120 and COLUMNS=60, the root help and every command's help keep every line within
 * the width (a line may run over only when it is one word that cannot be broken), and never split a word — a path such
 * as .planning/STATE.md, an option, an example — across two lines: every description, option text and example of the
 * command model appears in the output with only spaces turned into line breaks.
 */
class HelpFitsTest {
    @TempDir
    Path dir;

    static List<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        collect(tree(), new ArrayList<>(), out);
        return out;
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            out.add(p);
            collect(e.getValue(), p, out);
        }
    }

    static CommandLine tree() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return RootCommand.commandLine(new RootCommand(new Invocation(sink, sink, Map.of(), Path.of("."), false, WritePause.NONE)), new String[0]);
    }

    @TestFactory
    Stream<DynamicTest> everyHelpFitsAndSplitsNoWord() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int width : new int[] {120, 60}) {
            for (List<String> command : commands()) {
                tests.add(DynamicTest.dynamicTest("COLUMNS=" + width + " " + String.join(" ", command) + " --help", () -> {
                    List<String> args = new ArrayList<>(command);
                    args.add("--help");
                    String out = help(width, args);
                    for (String line : out.split("\n", -1)) {
                        if (line.length() > width) {
                            // one word that cannot be broken (a quoted JSON argument), with its shell continuation
                            String word = line.strip().endsWith(" \\") ? line.strip().substring(0, line.strip().length() - 2) : line.strip();
                            assertThat(word).as("line over %d columns in %s:\n%s", width, args, out).doesNotContain(" ");
                        }
                    }
                    String flowing = flow(out);
                    for (String text : texts(command)) {
                        assertThat(flowing).as("'%s' whole in the help of %s at %d columns:\n%s", text, command, width, out).contains(flow(text));
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void aPathIsNeverSplitAtTheRootHelp() {
        for (int width : new int[] {120, 60}) {
            String out = help(width, List.of("--help"));
            assertThat(out).contains(".planning/STATE.md");
            assertThat(out).doesNotContain(".\nplanning").doesNotContain("STATE.\nmd").doesNotContain("(.\n");
        }
    }

    @Test
    void anExampleTooLongForTheLineContinuesShellStyle() {
        String out = help(60, List.of("status", "--help"));
        assertThat(out).contains("  atomstate status --full -f \\\n      planning-samples/long-running/.planning/STATE.md\n");
    }

    @Test
    void theWidthComesFromColumnsElseEighty() {
        String narrow = help(60, List.of("complete-plan", "--help"));
        Map<String, String> env = new HashMap<>();
        env.put("ATOMSTATE_NOW", CliRun.DEFAULT_NOW);
        String unset = CliRun.run(dir, env, "complete-plan", "--help").out();
        assertThat(narrow.lines().mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(60);
        assertThat(unset.lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(60).isLessThanOrEqualTo(80);
    }

    private String help(int width, List<String> args) {
        Map<String, String> env = new HashMap<>();
        env.put("ATOMSTATE_NOW", CliRun.DEFAULT_NOW);
        env.put("COLUMNS", String.valueOf(width));
        CliRun.Result r = CliRun.run(dir, env, args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    /** The texts of a command as declared: description, options' and arguments' descriptions, examples. */
    private static List<String> texts(List<String> path) {
        CommandLine cl = tree();
        for (String name : path) {
            cl = cl.getSubcommands().get(name);
        }
        var doc = CommandDocs.of(cl.getCommandSpec());
        List<String> out = new ArrayList<>(doc.description());
        // -V is a global option: the root's help shows it, a command's leaves it out
        doc.options().stream().filter(o -> path.isEmpty() || !o.names().contains("--version")).forEach(o -> out.add(o.description()));
        doc.params().forEach(p -> out.add(p.description()));
        for (String line : doc.footer()) {
            int comment = line.indexOf(" #");
            if (comment > 0 && line.startsWith(" ")) {
                // an example's comment may go on the line above it when the two do not fit on one
                out.add(line.substring(0, comment).strip());
                out.add(line.substring(comment).strip());
            } else if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /**
     * Text with line breaks (and an example's shell continuation, " \" at a line's end) read as spaces, and runs of spaces
     * as one; a word split across lines would show as two words here.
     */
    private static String flow(String s) {
        return s.replace(" \\\n", " ").replaceAll("\\s+", " ").strip();
    }
}
