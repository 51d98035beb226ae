package dev.atomstate.render;

import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a browser: on every sample and seed (and a file full of markup), the HTML page refers to nothing outside
 * itself and holds no script, the standalone SVG is well-formed XML, and two runs with the same clock give the same
 * bytes.
 */
class ReportMarkupTest {
    /** Anything that would make a browser fetch or run something. */
    private static final Pattern EXTERNAL = Pattern.compile("(?i)<script|<link|<img|<iframe|<object|<embed|\\ssrc\\s*=|\\shref\\s*=|url\\(|@import|https?://");

    @TempDir
    Path dir;

    static List<Path> inputs() throws Exception {
        List<Path> all = new ArrayList<>();
        try (var s = Files.list(Path.of("planning-samples"))) {
            s.map(d -> d.resolve(".planning/STATE.md")).filter(Files::isRegularFile).sorted().forEach(all::add);
        }
        if (Shared.present()) {
            all.addAll(Shared.stateSeeds());
            all.addAll(Shared.corpus("state"));
        }
        return all;
    }

    @Test
    void selfContainedDeterministicAndWellFormed() throws Exception {
        int n = 0;
        for (Path input : inputs()) {
            Path work = Files.createTempDirectory(dir, "r");
            Files.writeString(work.resolve("STATE.md"), Files.readString(input));
            CliRun.Result html = CliRun.run(work, "report", "-f", "STATE.md");
            assertThat(html.exit()).as("%s: %s", input, html.err()).isZero();
            assertThat(html.out()).as("%s: deterministic", input).isEqualTo(CliRun.run(work, "report", "-f", "STATE.md").out());
            assertThat(EXTERNAL.matcher(html.out()).find()).as("%s: refers to nothing outside itself: %s", input,
                    EXTERNAL.matcher(html.out()).results().map(m -> m.group()).toList()).isFalse();
            assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("prefers-color-scheme: dark").contains("@media print");

            CliRun.Result svg = CliRun.run(work, "report", "-f", "STATE.md", "--format", "svg");
            assertThat(svg.exit()).as("%s: %s", input, svg.err()).isZero();
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.out().getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(5);
    }

    @Test
    void fileTextCannotAddMarkup() throws Exception {
        String hostile = Files.readString(Path.of("planning-samples/gsd-template/.planning/STATE.md"))
                .replace("- [Phase 02]: Leftover", "- [Phase 02]: <svg onload=alert(1)></svg>]]><!-- \u0007 \u202e Leftover")
                .replace("Phase: 2 of 4 (Meal Planner)", "Phase: 2 of 4 (Meal \"Planner\" <b>&amp;</b>)");
        Files.writeString(dir.resolve("STATE.md"), hostile);
        String html = CliRun.run(dir, "report", "-f", "STATE.md").out();
        assertThat(html).doesNotContain("<svg onload").doesNotContain("<b>").doesNotContain("<!-- ").doesNotContain("\u0007")
                .doesNotContain("\u202e").contains("&lt;svg onload=alert(1)&gt;").contains("&quot;Planner&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;");
        String svg = CliRun.run(dir, "report", "-f", "STATE.md", "--format", "svg").out();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
