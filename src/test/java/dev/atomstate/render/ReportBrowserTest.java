package dev.atomstate.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atomstate.testing.Scratch;
import dev.atomstate.testing.Cdp;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report in a real headless Chromium (the distribution's package; skipped with a message when there is none;
 * .ci/run installs it): loaded from file://, it logs no console error, makes no network request besides itself, and
 * its charts are drawn — in light mode, dark mode and print media, each screenshot kept under
 * target/report-browser/ and every chart's box checked for ink — and each burn-up's last point sits where the
 * progress numbers on the page say.
 */
class ReportBrowserTest {
    static final Path OUT = Path.of("target", "report-browser");
    static Cdp browser;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = Cdp.browser();
        Assumptions.assumeTrue(chromium != null,
                "no headless browser (install Debian's chromium: apt-get install -y chromium, or set ATOMSTATE_CHROMIUM): report browser test skipped");
        Files.createDirectories(OUT);
        browser = Cdp.launch(chromium);
        browser.send("Page.enable", Map.of());
        browser.send("Runtime.enable", Map.of());
        browser.send("Log.enable", Map.of());
        browser.send("Network.enable", Map.of());
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 1000, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void longRunningSample() throws Exception {
        Path html = report("long-running", Path.of("planning-samples/long-running/.planning/STATE.md"));
        check(html, "long-running");
    }

    @Test
    void seed001() throws Exception {
        Shared.assumePresent();
        Path seed = Shared.stateSeeds().stream().filter(p -> p.getFileName().toString().startsWith("001_")).findFirst().orElseThrow();
        check(report("seed-001", seed), "seed-001");
    }

    /** A hostile file: markup, script and a remote image in its text must stay text (no request, no element). */
    @Test
    void hostileTextStaysText() throws Exception {
        String text = Files.readString(Path.of("planning-samples/gsd-template/.planning/STATE.md"))
                .replace("None yet.\n\n## Session", "- <img src=\"http://127.0.0.1:9/x.png\"><script>console.error('pwned')</script>"
                        + " & \"quotes\" '\u001b[31mred\u001b[0m'\n\n## Session");
        Path src = Scratch.dir("hostile").resolve("STATE.md");
        Files.writeString(src, text);
        Path html = report("hostile", src);
        JsonNode page = check(html, "hostile");
        assertThat(page.get("images").asInt()).as("no <img> from file text").isZero();
        assertThat(page.get("scripts").asInt()).as("no <script> from file text").isZero();
        assertThat(page.get("blockers").asText()).contains("<img src=").contains("<script>");
    }

    static Path report(String name, Path state) throws Exception {
        Path dir = Scratch.dir("report-" + name);
        Files.copy(state, dir.resolve("STATE.md"));
        CliRun.Result r = CliRun.run(dir, "report", "-f", "STATE.md", "-o", "report.html");
        assertThat(r.exit()).as(r.err()).isZero();
        Path html = OUT.resolve(name + ".html").toAbsolutePath();
        Files.copy(dir.resolve("report.html"), html, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return html;
    }

    static JsonNode check(Path html, String name) throws Exception {
        String url = html.toUri().toString();
        browser.clearEvents();
        browser.send("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        browser.send("Page.navigate", Map.of("url", url));
        browser.await("Page.loadEventFired");

        JsonNode page = browser.evaluate(PROBE);
        Map<String, int[]> light = shoot(name + "-light", page);
        assertThat(luminance(light.get("body"))).as("light mode: a light page").isGreaterThan(200);

        browser.send("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        JsonNode dark = browser.evaluate(PROBE);
        Map<String, int[]> darkShot = shoot(name + "-dark", dark);
        assertThat(luminance(darkShot.get("body"))).as("dark mode: a dark page").isLessThan(60);

        browser.send("Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        Map<String, int[]> print = shoot(name + "-print", browser.evaluate(PROBE));
        assertThat(luminance(print.get("body"))).as("print: white paper even when the reader prefers dark").isGreaterThan(240);
        browser.send("Page.printToPDF", Map.of());

        List<String> errors = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (JsonNode e : browser.events()) {
            String method = e.path("method").asText();
            JsonNode p = e.path("params");
            if (method.equals("Runtime.consoleAPICalled") && p.path("type").asText().matches("error|assert")) {
                errors.add(p.toString());
            } else if (method.equals("Runtime.exceptionThrown") || (method.equals("Log.entryAdded") && p.at("/entry/level").asText().equals("error"))) {
                errors.add(p.toString());
            } else if (method.equals("Network.requestWillBeSent") && !p.at("/request/url").asText().equals(url)) {
                requests.add(p.at("/request/url").asText());
            }
        }
        assertThat(errors).as("console errors").isEmpty();
        assertThat(requests).as("network requests besides the page itself").isEmpty();

        // every burn-up ends where the page's progress numbers say
        Map<String, JsonNode> progress = new HashMap<>();
        page.get("progress").forEach(p -> progress.put(p.get("milestone").asText(), p));
        int burnups = 0;
        for (JsonNode c : page.get("charts")) {
            if (!c.get("kind").asText().equals("burnup")) {
                continue;
            }
            burnups++;
            JsonNode numbers = progress.get(c.get("milestone").asText());
            assertThat(numbers).as("progress numbers for %s on the page", c.get("milestone").asText()).isNotNull();
            double top = c.get("plotTop").asDouble();
            double bottom = c.get("plotBottom").asDouble();
            double drawn = (bottom - c.get("lastCy").asDouble()) / (bottom - top) * c.get("ymax").asDouble();
            assertThat(drawn).as("%s: the burn-up's last point, read from the drawing", c.get("milestone").asText())
                    .isCloseTo(numbers.get("done").asDouble(), org.assertj.core.data.Offset.offset(0.05));
            if (!numbers.get("total").isNull()) {
                assertThat(c.get("total").asText()).isEqualTo(numbers.get("total").asText());
            }
        }
        assertThat(burnups).as("burn-up charts").isEqualTo(page.get("progress").size()).isPositive();
        assertThat(page.get("charts").size()).as("charts").isGreaterThanOrEqualTo(3);
        return page;
    }

    /** What the page shows: each chart's box and scale, the progress numbers as text, and what elements exist. */
    static final String PROBE = """
            JSON.parse(JSON.stringify({
              body: [window.scrollX, window.scrollY],
              height: Math.ceil(document.documentElement.scrollHeight),
              charts: [...document.querySelectorAll('svg.chart')].map(s => {
                const r = s.getBoundingClientRect();
                const last = s.querySelector('circle.last');
                return { id: s.id, kind: s.dataset.chart, milestone: s.dataset.milestone || null, total: s.dataset.total || null,
                         ymax: Number(s.dataset.ymax || 0), plotTop: Number(s.dataset.plotTop || 0), plotBottom: Number(s.dataset.plotBottom || 0),
                         lastCy: last ? Number(last.getAttribute('cy')) : null,
                         x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height };
              }),
              progress: [...document.querySelectorAll('#progress li')].map(li => ({
                milestone: li.dataset.milestone,
                done: Number(li.querySelector('.done').textContent),
                total: li.querySelector('.total') ? Number(li.querySelector('.total').textContent) : null })),
              images: document.images.length,
              scripts: document.scripts.length,
              blockers: (document.getElementById('blockers') || {}).textContent || ''
            }))""";

    /** A full-page screenshot saved as NAME.png; every chart's box must hold ink. Returns sampled colours. */
    static Map<String, int[]> shoot(String name, JsonNode page) throws Exception {
        int height = Math.min(16000, page.get("height").asInt());
        JsonNode shot = browser.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", 1000, "height", height, "scale", 1)));
        byte[] png = Base64.getDecoder().decode(shot.get("data").asText());
        Files.write(OUT.resolve(name + ".png"), png);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        Map<String, int[]> colours = new HashMap<>();
        colours.put("body", rgb(img.getRGB(3, 3)));
        for (JsonNode c : page.get("charts")) {
            int x0 = (int) Math.ceil(c.get("x").asDouble());
            int y0 = (int) Math.ceil(c.get("y").asDouble());
            int x1 = Math.min(img.getWidth(), (int) (c.get("x").asDouble() + c.get("w").asDouble()));
            int y1 = Math.min(img.getHeight(), (int) (c.get("y").asDouble() + c.get("h").asDouble()));
            assertThat(x1 - x0).as("%s %s: width on screen", name, c.get("id").asText()).isGreaterThan(200);
            assertThat(y1 - y0).as("%s %s: height on screen", name, c.get("id").asText()).isGreaterThan(60);
            int background = img.getRGB(x0 + 1, y0 + 1);
            long ink = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    if (distance(img.getRGB(x, y), background) > 60) {
                        ink++;
                    }
                }
            }
            double share = ink / (double) ((long) (x1 - x0) * (y1 - y0));
            assertThat(share).as("%s %s: share of the chart's box that is drawn", name, c.get("id").asText()).isGreaterThan(0.01);
        }
        return colours;
    }

    private static int[] rgb(int argb) {
        return new int[] {(argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff};
    }

    private static double luminance(int[] rgb) {
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static int distance(int a, int b) {
        int[] x = rgb(a);
        int[] y = rgb(b);
        return Math.abs(x[0] - y[0]) + Math.abs(x[1] - y[1]) + Math.abs(x[2] - y[2]);
    }
}
