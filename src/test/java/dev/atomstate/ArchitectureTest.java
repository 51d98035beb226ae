package dev.atomstate;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.atomstate.edit.Change;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the code, as a test (DESIGN.md §5 and each package-info): the layers, lowest first, and the arrows between
 * them only ever point down; no cycle between packages or between files; the few rules the layers alone do not say.
 *
 * <pre>
 *   model → parse → query → edit → app | check → render → io → cli      (config: low, model only)
 * </pre>
 * io sits below cli but uses only model and config; app and check sit side by side and never use each other.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.atomstate";
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void everyArrowPointsDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy(ROOT + ".model..")
                .layer("config").definedBy(ROOT + ".config..")
                .layer("parse").definedBy(ROOT + ".parse..")
                .layer("query").definedBy(ROOT + ".query..")
                .layer("edit").definedBy(ROOT + ".edit..")
                .layer("app").definedBy(ROOT + ".app..")
                .layer("check").definedBy(ROOT + ".check..")
                .layer("render").definedBy(ROOT + ".render..")
                .layer("io").definedBy(ROOT + ".io..")
                .layer("mcp").definedBy(ROOT + ".mcp..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .whereLayer("model").mayNotAccessAnyLayer()
                .whereLayer("config").mayOnlyAccessLayers("model")
                .whereLayer("parse").mayOnlyAccessLayers("model")
                .whereLayer("query").mayOnlyAccessLayers("model", "parse")
                .whereLayer("edit").mayOnlyAccessLayers("model", "parse", "query")
                .whereLayer("app").mayOnlyAccessLayers("model", "config", "parse", "query", "edit")
                .whereLayer("check").mayOnlyAccessLayers("model", "config", "parse", "query", "edit")
                .whereLayer("render").mayOnlyAccessLayers("model", "config", "parse", "query", "edit", "app", "check")
                .whereLayer("io").mayOnlyAccessLayers("model", "config")
                // the MCP server is an adapter the cli's mcp command starts; it reaches the commands through its McpHost
                .whereLayer("mcp").mayOnlyAccessLayers("model")
                .whereLayer("cli").mayOnlyAccessLayers("model", "config", "parse", "query", "edit", "app", "check", "render", "io", "mcp")
                .check(PRODUCT);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void noCycleBetweenFiles() {
        // a file is a top-level class with everything nested in it
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass c : PRODUCT) {
            String from = file(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (target.getPackageName().startsWith(ROOT) && !file(target).equals(from)) {
                    edges.computeIfAbsent(from, k -> new TreeSet<>()).add(file(target));
                }
            }
        }
        assertThat(cycles(edges)).as("files that depend on each other, directly or round a circle").isEmpty();
    }

    @Test
    void renderNeverCallsAUseCaseThatWrites() {
        noClasses().that().resideInAPackage(ROOT + ".render..")
                .should().callMethodWhere(DescribedPredicate.describe("a use case that writes (it returns a Change)",
                        (JavaMethodCall call) -> call.getTargetOwner().getPackageName().startsWith(ROOT + ".app") && carriesAChange(call.getTarget().getRawReturnType())))
                .because("render shows results; computing changes is the use cases' job and writing them the command line's")
                .check(PRODUCT);
    }

    @Test
    void picocliOnlyInTheCommandLine() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(PRODUCT);
    }

    @Test
    void onlyIoAndTheCommandLineTouchFiles() {
        noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".config..", ROOT + ".parse..", ROOT + ".query..",
                        ROOT + ".edit..", ROOT + ".app..", ROOT + ".check..", ROOT + ".render..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().resideInAPackage("java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .because("use cases are pure and the parser reads text it is given: files are io's")
                .check(PRODUCT);
    }

    private static boolean carriesAChange(JavaClass type) {
        return type.isEquivalentTo(Change.class) || type.getAllFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(Change.class));
    }

    private static String file(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.getName().substring(ROOT.length() + 1);
    }

    /** The strongly connected components of more than one file (Tarjan), each as "a → b → … ". */
    private static List<String> cycles(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<String> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : edges.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, edges, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> edges, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<String> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : edges.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, edges, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(String.join(" ↔ ", component));
            }
        }
    }
}
