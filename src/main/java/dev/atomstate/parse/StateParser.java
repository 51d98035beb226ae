package dev.atomstate.parse;

import dev.atomstate.model.LineIndex;
import dev.atomstate.model.StateModel;
import dev.atomstate.model.StateModel.Decision;
import dev.atomstate.model.StateModel.HistoryEntry;
import dev.atomstate.model.StateModel.Located;
import dev.atomstate.model.StateModel.MetricRow;
import dev.atomstate.model.StateModel.Position;
import dev.atomstate.model.StateModel.ProgressSegment;
import dev.atomstate.model.StateModel.Session;
import dev.atomstate.model.StateModel.Velocity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source text → {@link ParsedState}. Tolerant: every part is optional, unknown layouts parse as far as they
 * can, and what cannot be understood becomes a {@link ParseProblem} rather than an exception.
 */
public final class StateParser {
    private StateParser() {
    }

    private static final LazyPattern ITALIC_NEXT_ACTION = LazyPattern.of("^\\s*([*_])\\s*Next action:\\s*(.*?)\\s*\\1\\s*$",
            Pattern.CASE_INSENSITIVE);

    public static ParsedState parse(String fileName, String text) {
        return parse(fileName, text, -1);
    }

    /** {@code utf8Length}: the text's size in UTF-8 when known from the bytes read (see {@link Document#parse(String, long)}), else -1. */
    public static ParsedState parse(String fileName, String text, long utf8Length) {
        return parse(fileName, Document.parse(text, utf8Length));
    }

    /** {@code lines}: the text's lines as found in the bytes it was decoded from (see {@link LineIndex#ofUtf8}). */
    public static ParsedState parse(String fileName, String text, LineIndex lines) {
        return parse(fileName, Document.parse(text, lines));
    }

    private static ParsedState parse(String fileName, Document doc) {
        String text = doc.text();
        List<ParseProblem> problems = new ArrayList<>();
        Map<String, String> frontmatter = frontmatter(doc, problems);
        if (doc.unclosedFenceLine() >= 0) {
            problems.add(new ParseProblem("unclosed-fence", doc.unclosedFenceLine() + 1, 1,
                    "code fence opened here is never closed; everything below it is read as code — close it with a matching fence"));
        }

        Fields fields = new Fields(fields(doc));
        Section position = positionSection(doc);
        Section sessionSection = doc.sectionStartingWith("session continuity", "session");

        Field phase = fields.pick(position, "phase", "current phase");
        Field plan = fields.pick(position, "plan", "current plan");
        Field status = fields.pick(position, "status", "current status");
        Field activity = fields.pick(position, "last activity");
        Field focus = fields.pick(null, "current focus", "focus");
        Field milestone = fields.pick(position, "milestone", "current milestone");
        Field progress = fields.pick(position, "progress");
        Field lastSession = fields.pick(sessionSection, "last session", "last session at");
        if (lastSession == null) {
            lastSession = PositionCompanions.lastDate(fields.list, sessionSection);
        }
        Field stoppedAt = fields.pick(sessionSection, "stopped at");
        Field resumeFile = fields.pick(sessionSection, "resume file");
        Field totalPlans = fields.pick(null, "total plans completed");
        if (totalPlans == null) {
            totalPlans = fields.pick(null, "plans completed");
        }
        Field averageDuration = fields.pick(null, "average duration");
        Field totalTime = fields.pick(null, "total execution time");
        Field nextActionField = fields.pick(null, "next action");

        String t = doc.text();
        PositionCompanions companions = PositionCompanions.read(doc, fields.list, fields.keys, position, sessionSection,
                phase, plan, status, activity, lastSession, stoppedAt);
        StateModel.Phase phaseModel = phase == null ? null : PositionValues.phase(phase.value(t), phase.line() + 1);
        StateModel.Plan planModel = plan == null ? null
                : PositionValues.plan(plan.value(t), plan.line() + 1, phaseModel == null ? null : phaseModel.number());
        StateModel.Activity activityModel = activity == null ? null : PositionValues.activity(activity.value(t), activity.line() + 1);
        phaseModel = SeparateFields.phase(t, phaseModel, companions);
        planModel = SeparateFields.plan(t, planModel, companions);
        activityModel = SeparateFields.activity(t, activityModel, companions);
        Position pos = new Position(phaseModel, planModel, located(t, status), activityModel, located(t, focus), located(t, milestone));

        StateModel.Reading reading = PositionReader.read(doc, fields.list, fields.keys, position, pos, frontmatter);

        List<ProgressLine.Segment> segments = progress == null ? List.of() : ProgressLine.parse(t, progress.value());
        List<ProgressSegment> progressModel = new ArrayList<>();
        for (ProgressLine.Segment s : segments) {
            Double computed = s.doneValue() != null && s.totalValue() != null && s.totalValue() > 0
                    ? s.doneValue() * 100.0 / s.totalValue() : null;
            int anchor = s.percent() != null ? s.percent().start() : s.bar() != null ? s.bar().start() : s.start();
            progressModel.add(new ProgressSegment(s.label(), s.doneValue(), s.totalValue(), s.percentValue(), computed,
                    s.bar() == null ? null : s.barCells(), s.bar() == null ? null : s.barFilled(),
                    doc.lineAt(anchor) + 1, doc.columnAt(anchor)));
        }

        Map<Integer, List<Integer>> chains = new LinkedHashMap<>();
        List<HistoryEntry> history = history(doc, fields, position, chains);
        List<ParsedState.MetricTable> metricTables = new ArrayList<>();
        List<MetricRow> metrics = MetricTables.read(doc, metricTables);

        Section decisionSection = decisionSection(doc);
        ParsedState.ListBlock decisions = DecisionSections.withoutPending(doc, SectionLists.listBlock(doc, decisionSection));
        TableBlock decisionTable = SectionLists.decisionTable(doc, decisionSection);
        List<Decision> decisionModel = SectionLists.allDecisions(doc, metricTables);

        ParsedState.ListBlock todos = SectionLists.listBlock(doc, sectionContaining(doc, "todo"));
        // its own lines only, as BlockerItems reads them: a subsection ("### Issue #1: [Description]") is not the list
        ParsedState.ListBlock blockers = SectionLists.listBlock(doc, sectionContaining(doc, "blocker", "concern"), true);

        int nextActionLine = -1;
        String nextAction = null;
        if (nextActionField != null) {
            nextActionLine = nextActionField.line();
            nextAction = nextActionField.value(t);
        } else {
            for (int i = doc.bodyStartLine(); i < doc.lineCount(); i++) {
                if (doc.inFence(i) || !doc.mayStartWith(i, '*') && !doc.mayStartWith(i, '_') || !startsWithEmphasis(doc.line(i))) {
                    continue;
                }
                Matcher m = ITALIC_NEXT_ACTION.matcher(doc.line(i).content());
                if (m.matches()) {
                    nextActionLine = i;
                    nextAction = m.group(2);
                }
            }
        }

        StateModel model = new StateModel(pos, progressModel, history,
                new Velocity(located(t, totalPlans), located(t, averageDuration), located(t, totalTime)),
                metrics, decisionModel, SectionLists.items(doc, todos), BlockerItems.read(doc),
                new Session(located(t, lastSession), located(t, stoppedAt), located(t, resumeFile)),
                nextAction, nextActionLine < 0 ? null : nextActionLine + 1, frontmatter, reading);
        ParsedState.Handles handles = new ParsedState.Handles(position, phase, plan, status, activity, focus, milestone,
                progress, segments, chains, lastSession, stoppedAt, resumeFile, totalPlans, averageDuration, totalTime,
                metricTables, decisions, decisionTable, todos, blockers, nextActionField, nextActionLine, companions);
        return new ParsedState(fileName, doc, model, handles, List.copyOf(problems));
    }

    private static Map<String, String> frontmatter(Document doc, List<ParseProblem> problems) {
        Map<String, String> map = new LinkedHashMap<>();
        List<FrontmatterBlock> blocks = doc.frontmatter();
        if (blocks.isEmpty()) {
            return map;
        }
        for (FrontmatterBlock.Entry e : blocks.get(0).entries().values()) {
            map.put(e.path(), e.unquoted());
        }
        for (FrontmatterBlock b : blocks) {
            String[] problem = FrontmatterYaml.problem(b.yaml(doc.text()));
            if (problem != null) {
                int line = b.openLine() + 1 + Integer.parseInt(problem[0]);
                problems.add(new ParseProblem("frontmatter-invalid", line, 1,
                        "frontmatter is not valid YAML (" + problem[1] + "); quote the value or fix the indentation"));
            }
        }
        if (blocks.size() > 1) {
            problems.add(new ParseProblem("frontmatter-invalid", blocks.get(1).openLine() + 1, 1,
                    blocks.size() + " frontmatter blocks are stacked at the top; only the first is read — delete the older ones"));
        }
        return map;
    }

    /** Every field line of the body, outside code fences, headings and table rows. */
    public static List<Field> fields(Document doc) {
        List<Field> fields = new ArrayList<>();
        StringPool keys = new StringPool(); // a big file's history is a quarter of a million "Previous:" fields
        // a field has a colon: only those lines are looked at
        for (int i = doc.nextLineWith(":", doc.bodyStartLine()); i < doc.lineCount(); i = doc.nextLineWith(":", i + 1)) {
            if (doc.inFence(i) || doc.surelyBlank(i) || doc.lead(i) == '|') {
                continue;
            }
            Line line = doc.line(i);
            int first = Chars.firstNonBlank(line);
            // blank, a table row or a heading: not a field, and not worth a copy of the line
            if (first == line.length() || line.charAt(first) == '|' || Section.atxLevel(line) > 0) {
                continue;
            }
            Field f = Field.parse(line.content(), i, line.start());
            if (f != null) {
                String key = keys.of(f.key());
                fields.add(key == f.key() ? f : new Field(key, f.line(), f.keySpan(), f.value(), f.style(), f.prefix()));
            }
        }
        return fields;
    }

    /** "*Next action: …*" or "_…_" after spaces, the only lines the italic next-action form can match. */
    private static boolean startsWithEmphasis(Line line) {
        int i = 0;
        while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i < line.length() && (line.charAt(i) == '*' || line.charAt(i) == '_');
    }

    /** The fields of a file with each one's normalised key worked out once (a big file has many). */
    private static final class Fields {
        final List<Field> list;
        final String[] keys;

        Fields(List<Field> list) {
            this.list = list;
            this.keys = new String[list.size()];
            java.util.Map<String, String> seen = new java.util.HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                String key = list.get(i).key();
                String normal = seen.get(key);
                if (normal == null) {
                    normal = Field.normalizeKey(key);
                    seen.put(key, normal);
                }
                keys[i] = normal;
            }
        }

        /** The first field with one of {@code names}, preferring one inside {@code preferred}. */
        Field pick(Section preferred, String... names) {
            Field first = null;
            for (int i = 0; i < keys.length; i++) {
                String k = keys[i];
                for (String name : names) {
                    if (k.equals(name)) {
                        Field f = list.get(i);
                        if (preferred != null && f.line() >= preferred.headingLine() && f.line() < preferred.endLine()) {
                            return f;
                        }
                        if (first == null) {
                            first = f;
                        }
                    }
                }
            }
            return first;
        }
    }

    private static Section positionSection(Document doc) {
        Section s = doc.sectionStartingWith("current position");
        if (s == null) {
            s = doc.section("position", "current state", "current status", "current phase", "status", "where we are");
        }
        return s;
    }

    private static Located located(String text, Field f) {
        return f == null ? null : new Located(f.value(text), f.line() + 1);
    }

    /**
     * "Previous:" lines, each attached to the field line it follows (blank lines and other Previous lines
     * in between): the status chain and the last-activity chain of the seeds. Where no field precedes them but a
     * heading does ("### Status" over archived entries, as compact writes them), the heading owns the chain and
     * names it.
     */
    private static List<HistoryEntry> history(Document doc, Fields fields, Section position,
                                              Map<Integer, List<Integer>> chains) {
        List<HistoryEntry> entries = new ArrayList<>();
        int ownerLine = -1;
        String ownerKey = null;
        int lastLine = -2;
        for (int i = 0; i < fields.keys.length; i++) {
            Field f = fields.list.get(i);
            boolean contiguous = ownerKey != null && onlyBlankOrPrevious(doc, lastLine, f.line());
            if (fields.keys[i].equals("previous") && f.style() == Field.Style.PLAIN && f.prefix().isEmpty()) {
                if (ownerKey == null || !contiguous) {
                    Section heading = headingRightAbove(doc, f.line());
                    ownerLine = heading == null ? -1 : heading.headingLine();
                    ownerKey = heading == null ? null : heading.normalizedTitle();
                    if (ownerKey == null || ownerKey.isEmpty()) {
                        ownerKey = null;
                        lastLine = f.line();
                        continue;
                    }
                }
                List<Integer> chain = chains.get(ownerLine);
                if (chain == null) {
                    chain = new ArrayList<>();
                    chains.put(ownerLine, chain);
                }
                chain.add(f.line());
                String text = f.value(doc.text());
                entries.add(new HistoryEntry(ownerKey, text, PositionValues.firstPlanId(text), f.line() + 1));
                lastLine = f.line();
            } else {
                ownerLine = f.line();
                ownerKey = fields.keys[i];
                lastLine = f.line();
            }
        }
        return entries;
    }

    /** The section whose heading is the first non-blank line above {@code line}, or null. */
    private static Section headingRightAbove(Document doc, int line) {
        int i = line - 1;
        while (i >= doc.bodyStartLine() && doc.line(i).isBlank()) {
            i--;
        }
        if (i < doc.bodyStartLine() || doc.inFence(i) || Section.atxLevel(doc.line(i).content()) == 0) {
            return null;
        }
        for (Section s : doc.sections()) {
            if (s.headingLine() == i) {
                return s;
            }
        }
        return null;
    }

    private static boolean onlyBlankOrPrevious(Document doc, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!doc.line(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Section decisionSection(Document doc) {
        Section found = null;
        for (Section s : doc.sections()) {
            String title = s.normalizedTitle();
            if (title.contains("decision") && !title.contains("pending decision") && !title.contains("open decision")) {
                if (found == null) {
                    found = s;
                } else if (s.level() > found.level() && s.headingLine() < found.endLine()) {
                    // "## Decisions and Context" holding "### Decisions", "### Todos", "### Blockers": the list is the
                    // inner one (the outer one's items and placeholders are the other lists')
                    found = s;
                } else {
                    break;
                }
            }
        }
        return found;
    }

    private static Section sectionContaining(Document doc, String... words) {
        for (Section s : doc.sections()) {
            String title = s.normalizedTitle();
            for (String w : words) {
                if (title.contains(w)) {
                    return s;
                }
            }
        }
        return null;
    }
}
