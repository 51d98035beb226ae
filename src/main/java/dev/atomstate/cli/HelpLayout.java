package dev.atomstate.cli;

import dev.atomstate.render.CommandDoc;
import dev.atomstate.render.HelpText;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Map;

/**
 * atomstate's help page in picocli's help machinery: the run sets {@link RootCommand} as every command's help factory and
 * the synopsis as the only help section, and the factory hands out this {@link CommandLine.Help}, whose synopsis is the
 * whole page ({@link HelpText}). Loaded only when help is printed.
 */
final class HelpLayout extends CommandLine.Help {
    private final int width;
    private final List<CommandDoc.Group> groups;

    private HelpLayout(CommandSpec spec, CommandLine.Help.ColorScheme scheme, int width, List<CommandDoc.Group> groups) {
        super(spec, scheme);
        this.width = width;
        this.groups = groups;
    }

    /** Declared as picocli's type, so that a caller's code names this class only where it runs. */
    static CommandLine.Help create(CommandSpec spec, CommandLine.Help.ColorScheme scheme, int width, List<CommandDoc.Group> groups) {
        return new HelpLayout(spec, scheme, width, groups);
    }

    @Override
    public String synopsis(int synopsisHeadingLength) {
        return HelpText.page(CommandDocs.of(commandSpec()), CommandDocs.of(commandSpec().root()), groups, width);
    }

    /**
     * The width help is wrapped to: COLUMNS when set to a number, else the terminal's (picocli asks the terminal, which
     * costs a process, so only here), else 80.
     */
    static int width(CommandSpec spec, Map<String, String> env, boolean terminal) {
        int columns = Invocation.columns(env, -1);
        if (columns > 0) {
            return columns;
        }
        if (terminal) {
            spec.usageMessage().autoWidth(true);
            return spec.usageMessage().width();
        }
        return 80;
    }
}
