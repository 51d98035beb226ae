package dev.atomstate.cli;

import dev.atomstate.io.WritePause;
import dev.atomstate.safety.FixedSeed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DirectCommands} binds the hook commands' arguments without picocli; picocli stays the definition of the
 * command line. For every argument list the binder accepts, picocli (set up as every run sets it up) must accept it
 * too and bind the same command with the same value in every field, root options included. Argument lists are drawn
 * from a vocabulary of every option of these commands, their values, and what the binder must leave to picocli.
 */
@AddLifecycleHook(FixedSeed.class)
class DirectCommandsTest {
    /** Root options, each as the words it takes (a value word is drawn from VALUES). */
    private static final List<List<String>> ROOT = List.of(List.of("-f", "V"), List.of("--file", "V"), List.of("--file=a.md"),
            List.of("--file="), List.of("--worklog", "V"), List.of("--now", "V"), List.of("--now=2026-03-11"), List.of("--json"),
            List.of("--dry-run"), List.of("--no-color"), List.of("--debug"));

    /** The commands, each with its own options; the last one is none at all (a bare atomstate). */
    private static final Map<String, List<List<String>>> COMMANDS = Map.of(
            "status", List.of(List.of("--full"), List.of("--line")),
            "check", List.of(List.of("--fix"), List.of("--list-rules"), List.of("--format", "V"), List.of("--format=JSON"),
                    List.of("--format=sarif"), List.of("--format=nope"), List.of("--fail-on", "V"), List.of("--fail-on=Warning"),
                    List.of("--explain", "V"), List.of("V")),
            "decide V", List.of(List.of("--phase", "V"), List.of("--phase=3"), List.of("--rationale", "V")),
            "agent guard V", List.of(),
            "agent context V", List.of(),
            "", List.of());

    /** What the binder must leave to picocli, mixed in now and then. */
    private static final List<List<String>> NOISE = List.of(List.of("-h"), List.of("--help"), List.of("-V"), List.of("--version"),
            List.of("--bogus"), List.of("-x"), List.of("-fa.md"), List.of("--json=true"), List.of("--line="), List.of("--"),
            List.of("@args"), List.of("help"), List.of("log"), List.of("--full"), List.of("--phase", "V"), List.of("--format", "V"), List.of("V"));

    private static final List<String> VALUES = List.of("a.md", "docs/STATE.md", "Use SQLite", "", "-3", "@args", "--", "3", "json",
            "SARIF", "github", "warning", "error", "text", "2026-03-11T09:30:00Z", "size-budget", "nul\u0000path", "status", "guard", "claude");

    @Provide
    Arbitrary<List<String>> argumentLists() {
        Arbitrary<String> command = Arbitraries.of("status", "check", "decide V", "agent guard V", "agent context V", "");
        return command.flatMap(name -> {
            List<List<String>> pieces = new ArrayList<>(ROOT);
            pieces.addAll(COMMANDS.get(name));
            Arbitrary<List<String>> piece = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, Arbitraries.of(pieces)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of(NOISE)));
            Arbitrary<List<List<String>>> before = Arbitraries.of(ROOT).list().ofMaxSize(2);
            return net.jqwik.api.Combinators.combine(before, piece.list().ofMaxSize(5), Arbitraries.of(VALUES).list().ofSize(12))
                    .as((b, after, values) -> {
                        List<String> words = new ArrayList<>();
                        int[] v = {0};
                        java.util.function.Consumer<List<String>> put = p -> p.forEach(w -> words.add(w.equals("V") ? values.get(v[0]++ % values.size()) : w));
                        b.forEach(put);
                        if (!name.isEmpty()) {
                            put.accept(List.of(name.split(" "))); // the command's words, with its parameter where it takes one
                        }
                        after.forEach(put);
                        return words;
                    });
        });
    }

    /** How many generated lists the binder took, per command (a property that binds nothing would prove nothing). */
    private static final Map<Class<?>, Integer> BOUND = new java.util.concurrent.ConcurrentHashMap<>();

    @Property(tries = 5000)
    void whatTheBinderAcceptsPicocliBindsTheSame(@ForAll("argumentLists") List<String> words) throws Exception {
        String[] args = words.toArray(String[]::new);
        Invocation direct = invocation();
        Callable<Integer> bound = DirectCommands.bind(args, direct);
        if (bound == null) {
            return;
        }
        BOUND.merge(bound.getClass(), 1, Integer::sum);
        Invocation viaPicocli = invocation();
        CommandLine cl = Cli.picocli(args, context(), viaPicocli);
        CommandLine.ParseResult parsed = cl.parseArgs(args);
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        Object command = parsed.commandSpec().userObject();
        assertThat(command).as(String.join(" | ", words)).hasSameClassAs(bound);
        assertThat(fields(bound)).as(String.join(" | ", words)).isEqualTo(fields(command));
        assertThat(fields(direct.options())).as(String.join(" | ", words)).isEqualTo(fields(viaPicocli.options()));
        assertThat(parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()).isFalse();
    }

    @net.jqwik.api.lifecycle.AfterContainer
    static void everyCommandWasBoundOften() {
        if (!BOUND.isEmpty()) {
            for (Class<?> c : List.of(StatusCommand.class, CheckCommand.class, DecideCommand.class, RootCommand.class,
                    AgentCommand.Guard.class, AgentCommand.Context.class)) {
                assertThat(BOUND.getOrDefault(c, 0)).as("generated lists bound to " + c.getSimpleName() + " " + BOUND).isGreaterThan(100);
            }
        }
    }

    @Example
    void theHookCommandsAreBoundWithoutPicocli() {
        for (String line : List.of("status", "status --line", "status --json", "status --full -f a.md", "--json status",
                "-f a.md status --line", "status --file=a.md --no-color", "check", "check --format sarif", "check --format=JSON",
                "check a.md b.md --fail-on warning", "check --fix --dry-run", "decide Use\u00a0SQLite", "decide x --phase 3 --rationale y",
                "--now 2026-03-11T09:30:00Z decide x", "", "-f a.md", "--json", "agent guard claude", "agent context gemini --json",
                "-f a.md agent guard x")) {
            String[] args = line.isEmpty() ? new String[0] : line.split(" ");
            for (int i = 0; i < args.length; i++) {
                args[i] = args[i].replace('\u00a0', ' ');
            }
            assertThat(DirectCommands.bind(args, invocation())).as(line).isNotNull();
        }
    }

    @Example
    void theBinderKnowsEveryCommandName() {
        assertThat(DirectCommands.COMMAND_NAMES).isEqualTo(RootCommand.COMMANDS.keySet());
    }

    @Example
    void theBinderKnowsTheAgentsCommands() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        Invocation inv = new Invocation(sink, sink, Map.of(), Path.of("."), false, WritePause.NONE);
        assertThat(DirectCommands.AGENT_COMMAND_NAMES)
                .isEqualTo(new CommandLine(new AgentCommand(inv)).getSubcommands().keySet());
    }

    @Example
    void everythingElseIsPicocli() throws IllegalAccessException {
        for (String line : List.of("status --help", "-h", "--version", "help", "status --bogus", "status x", "--line status",
                "decide", "decide a b", "decide -x", "status -fa.md", "status -f", "status -f a.md -f b.md", "check --format nope",
                "status --line=", "@args", "status -- x", "log list", "status --json=true", "-f status status", "decide x --phase check", "block x --dry-run --json -f a.md", "agent install claude", "agent guard", "agent guard claude x", "agent --full guard claude",
                "agent guard -f context claude")) {
            String[] args = line.split(" ");
            Invocation inv = invocation();
            assertThat(DirectCommands.bind(args, inv)).as(line).isNull();
            assertThat(fields(inv.options())).as(line + ": a declined line leaves the root options to picocli").isEqualTo(fields(new GlobalOptions()));
        }
    }

    @Example
    void aBoundRunGivesWhatPicocliGives() {
        // the whole run, both ways, on a file that is not there: the same one line and exit code
        for (String line : List.of("status -f missing.md", "check missing.md", "decide x -f missing.md", "status --line --json -f missing.md")) {
            String[] args = line.split(" ");
            StringWriter a = new StringWriter();
            StringWriter b = new StringWriter();
            int direct = Cli.run(args, new Cli.Context(new PrintWriter(a), new PrintWriter(a), Map.of(), Path.of("/nonexistent-dir"), false));
            Invocation inv = new Invocation(new PrintWriter(b), new PrintWriter(b), Map.of(), Path.of("/nonexistent-dir"), false, WritePause.NONE);
            int picocli = Cli.picocli(args, new Cli.Context(new PrintWriter(b), new PrintWriter(b), Map.of(), Path.of("/nonexistent-dir"), false), inv)
                    .execute(args);
            assertThat(direct).as(line).isEqualTo(picocli);
            assertThat(a.toString()).as(line).isEqualTo(b.toString()).isNotEmpty();
        }
    }

    private static Invocation invocation() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return new Invocation(sink, sink, Map.of(), Path.of("."), false, WritePause.NONE);
    }

    private static Cli.Context context() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return new Cli.Context(sink, sink, Map.of(), Path.of("."), false);
    }

    /** Every instance field but the invocation, by name, as values that compare (lists as lists). */
    private static Map<String, Object> fields(Object o) throws IllegalAccessException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || f.getType() == Invocation.class) {
                continue;
            }
            f.setAccessible(true);
            Object v = f.get(o);
            boolean ours = v != null && !v.getClass().isEnum() && v.getClass().getPackageName().equals("dev.atomstate.cli");
            values.put(f.getName(), v instanceof List<?> l ? new ArrayList<>(l) : ours ? fields(v) : v); // a parent command, the options
        }
        return values;
    }
}
