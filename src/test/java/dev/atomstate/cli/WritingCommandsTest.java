package dev.atomstate.cli;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help names --dry-run among the global options of exactly the commands that can write: {@link CommandDocs#WRITING}
 * is the set of commands whose class writes through {@link Writes} or {@link NewFiles}, or asks for --dry-run.
 */
class WritingCommandsTest {
    private static final JavaClasses CLI = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.atomstate.cli");

    @Test
    void theWritingCommandsAreTheOnesWhoseCodeWrites() {
        Set<String> writing = new TreeSet<>();
        for (JavaClass c : CLI) {
            String path = commandPath(c);
            if (path != null && c.getAccessesFromSelf().stream().anyMatch(WritingCommandsTest::writes)) {
                writing.add(path);
            }
        }
        // a group's own code (GitCommand's helpers) writes for its subcommands; the group counts as writing through them
        writing.removeIf(p -> writing.stream().anyMatch(other -> other.startsWith(p + " ")));
        assertThat(writing).as("commands whose code writes").isNotEmpty().containsExactlyInAnyOrderElementsOf(CommandDocs.WRITING);
    }

    @Test
    void aReadingCommandsHelpLeavesDryRunOut() {
        String status = help("status");
        String decide = help("decide");
        assertThat(status).contains("Global options:").doesNotContain("--dry-run");
        assertThat(decide).contains("--dry-run");
    }

    private static String help(String command) {
        return dev.atomstate.testing.CliRun.run(java.nio.file.Path.of("."), command, "--help").out();
    }

    private static boolean writes(JavaAccess<?> a) {
        String owner = a.getTargetOwner().getName();
        return owner.equals(Writes.class.getName()) || owner.equals(NewFiles.class.getName())
                || owner.equals(Invocation.class.getName()) && a.getName().equals("dryRun");
    }

    /** "todo add" for TodoCommand.Add; null for a class that is not a command. */
    private static String commandPath(JavaClass c) {
        List<String> names = new ArrayList<>();
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (!k.isAnnotatedWith(CommandLine.Command.class)) {
                return names.isEmpty() ? null : String.join(" ", names);
            }
            names.add(0, k.getAnnotationOfType(CommandLine.Command.class).name());
        }
        return String.join(" ", names);
    }
}
