package dev.atomstate.cli;

import dev.atomstate.render.ModelJson;
import dev.atomstate.render.Json;
import dev.atomstate.app.ReportData;
import dev.atomstate.io.OutputFile;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.render.ReportHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        header = "A self-contained HTML page (or SVG) of the progress",
        description = "One self-contained HTML page (no network, no script, works from file://) with inline SVG charts: a "
                + "burn-up per milestone, the duration of each plan with outliers marked, the phases over working time, the "
                + "open blockers and the latest decisions; light, dark and print styles. --format svg: the charts alone.",
        footer = {"", "Example:", "  atomstate report -o planning-report.html",
                "  atomstate report --format svg --chart burnup -o docs/burnup.svg"})
final class ReportCommand implements Callable<Integer> {
    enum Format { html, svg }

    private final Invocation inv;

    ReportCommand(Invocation inv) {
        this.inv = inv;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (default: print it).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "html (default) or svg (the charts alone).")
    Format format = Format.html;

    @Option(names = "--chart", paramLabel = "NAME", description = "With --format svg: only this chart (burnup, durations, timeline).")
    String chart;

    @Option(names = "--archive", paramLabel = "PATH",
            description = "The archive compact writes, read for its metrics rows. Default: STATE-ARCHIVE.md beside the state file, if there.")
    Path archive;

    @Override
    public Integer call() {
        if (chart != null && (format != Format.svg || !List.of("burnup", "durations", "timeline").contains(chart))) {
            throw AtomstateException.usage(format != Format.svg ? "--chart needs --format svg (the HTML page shows every chart)"
                    : "--chart '" + chart + "' is not a chart; use burnup, durations or timeline");
        }
        Path file = inv.stateFile();
        ParsedState state = inv.readState(file);
        Path archivePath = CompactCommand.archivePath(inv.cwd(), file, archive);
        ParsedState archived = VelocityCommand.readArchive(inv, archivePath, archive != null);
        String generated = inv.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        ReportData.Result data = ReportData.of(state, archived, inv.neighbours(file), generated);
        String doc = format == Format.svg ? ReportHtml.svg(data, chart) : ReportHtml.html(data);
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);

        String outName = null;
        boolean written = false;
        if (output != null) {
            Path out = inv.cwd().resolve(output);
            for (Path own : new Path[] {file, archivePath}) {
                if (out.toAbsolutePath().normalize().equals(own.toAbsolutePath().normalize())) {
                    throw AtomstateException.usage("-o names " + inv.display(own) + "; write the report to another file");
                }
            }
            outName = inv.display(out);
            if (!inv.dryRun()) {
                written = OutputFile.write(out, outName, bytes, inv.limits());
            }
        }
        if (inv.json()) {
            Map<String, Object> json = Json.document("report");
            json.put("file", inv.display(file));
            json.put("archive", archived == null ? null : archived.fileName());
            json.put("output", outName);
            json.put("format", format.name());
            json.put("written", written);
            json.put("dryRun", inv.dryRun());
            json.put("bytes", bytes.length);
            json.put("charts", ReportHtml.chartIds(data));
            List<Object> milestones = new ArrayList<>();
            for (ReportData.Burnup b : data.burnups()) {
                milestones.add(Json.obj("label", b.label(), "done", b.done(), "total", b.total(), "current", b.current(),
                        "itemised", b.points().size() - 1, "notItemised", b.notItemised()));
            }
            json.put("milestones", milestones);
            Json.print(inv.out(), json);
        } else if (output == null) {
            inv.out().print(doc);
        } else {
            String what = format == Format.svg ? "SVG" : "HTML report";
            String size = bytes.length < 1024 ? bytes.length + " bytes" : String.format(java.util.Locale.ROOT, "%.1f KB", bytes.length / 1024.0);
            inv.out().println((inv.dryRun() ? "would write " : written ? "wrote " : "unchanged: ") + what + " " + outName + " (" + size + ")");
        }
        return ExitCodes.OK;
    }
}
