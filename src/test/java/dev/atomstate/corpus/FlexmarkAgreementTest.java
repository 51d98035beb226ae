package dev.atomstate.corpus;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Section;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * flexmark-java (CommonMark, with the tables extension) is the reference parser. For every seed and corpus file our
 * {@link Document} must report the same ATX headings (level and line) and the same fenced code (the lines inside
 * fences, fence lines included). Setext headings are out of scope (we ignore them on purpose: "---" separators), and
 * so are the YAML frontmatter lines.
 *
 * <p>On the corpus (about 1,360 headings and 440 fenced lines) the two agree everywhere. Known differences that no
 * shared file exercises: flexmark also reports headings inside block quotes and list items ("> # x", "- # x"),
 * which we do not treat as sections; a "# x" line inside an HTML block such as {@code <details>} is a heading for us
 * and HTML for flexmark; and a fence indented four spaces inside a list item ("1. item" then "    ```") is code for
 * flexmark but not for us, so a "    Status: x" line inside it would be read as a field.
 */
class FlexmarkAgreementTest {
    private static final Parser FLEXMARK = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create())).toImmutable()).build();

    @TestFactory
    Stream<DynamicTest> headingsAndFencesAgreeWithFlexmark() {
        Shared.assumePresent();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : Shared.all()) {
            tests.add(Named.test(Files.name(p), () -> agree(Files.text(p))));
            tests.add(Named.test(Files.name(p) + " [crlf]", () -> agree(Shared.toCrlf(Files.text(p)))));
        }
        return tests.stream();
    }

    static void agree(String text) {
        Document doc = Document.parse(text);
        int body = doc.bodyStartLine();

        TreeSet<String> ours = new TreeSet<>();
        for (Section s : doc.sections()) {
            ours.add(key(s.headingLine() + 1, s.level()));
        }
        TreeSet<Integer> ourFence = new TreeSet<>();
        for (int i = body; i < doc.lineCount(); i++) {
            if (doc.inFence(i)) {
                ourFence.add(i + 1);
            }
        }

        TreeSet<String> theirs = new TreeSet<>();
        TreeSet<Integer> theirFence = new TreeSet<>();
        com.vladsch.flexmark.util.ast.Document ast = FLEXMARK.parse(text);
        for (Node n : ast.getDescendants()) {
            if (n instanceof Heading h) {
                int line = h.getStartLineNumber();
                if (h.isAtxHeading() && line >= body) {
                    theirs.add(key(line + 1, h.getLevel()));
                }
            } else if (n instanceof FencedCodeBlock f) {
                int first = doc.lineAt(f.getStartOffset());
                int last = doc.lineAt(Math.max(f.getStartOffset(), f.getEndOffset() - 1));
                for (int i = Math.max(first, body); i <= last; i++) {
                    theirFence.add(i + 1);
                }
            }
        }

        assertThat(ours).as("ATX headings (line:level) — ours vs flexmark").isEqualTo(theirs);
        assertThat(ranges(ourFence)).as("lines inside fenced code — ours vs flexmark").isEqualTo(ranges(theirFence));
    }

    private static String key(int line, int level) {
        return String.format("%05d:h%d", line, level);
    }

    /** 3,4,5,9 → "3-5, 9": readable in a failure message. */
    private static String ranges(TreeSet<Integer> lines) {
        StringBuilder sb = new StringBuilder();
        Integer start = null;
        Integer prev = null;
        for (int n : lines) {
            if (prev != null && n == prev + 1) {
                prev = n;
                continue;
            }
            if (start != null) {
                sb.append(sb.length() > 0 ? ", " : "").append(start.equals(prev) ? start : start + "-" + prev);
            }
            start = n;
            prev = n;
        }
        if (start != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(start.equals(prev) ? start : start + "-" + prev);
        }
        return sb.toString();
    }
}
