package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.ParseProblem;
import dev.atomstate.parse.ParsedState;

/**
 * Frontmatter that cannot be read: YAML that does not parse, several blocks stacked at the top (only the first
 * is read), or an opening "---" above YAML keys that is never closed (then the whole file is body text).
 */
public final class FrontmatterInvalid implements Rule {
    public static final String ID = "frontmatter-invalid";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "frontmatter YAML that does not parse, stacked blocks, or a block never closed";
    }

    @Override
    public String explanation() {
        return "The YAML frontmatter at the top of the file cannot be read: it does not parse, several blocks "
                + "are stacked (only the first is read), or an opening '---' above YAML keys is never closed (then "
                + "the whole file is read as body text).";
    }

    @Override
    public String fix() {
        return "Fix the YAML at the line named, merge stacked blocks into one, or add the closing '---' after "
                + "the last key.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        // the parser reads the blocks already; what it could not read it reports under this rule's id
        for (ParseProblem p : state.problems()) {
            if (p.rule().equals(ID)) {
                out.add(p.line(), p.column(), p.message());
            }
        }
        Document doc = state.doc();
        if (doc.frontmatter().isEmpty() && doc.lineCount() > 1 && doc.line(0).content().stripTrailing().equals("---")) {
            int next = 1;
            while (next < doc.lineCount() && doc.line(next).isBlank()) {
                next++;
            }
            if (next < doc.lineCount() && doc.line(next).content().matches("[A-Za-z_][\\w.-]*:(\\s.*)?") && !closed(doc, next)) {
                out.add(1, 1, "frontmatter opened here is never closed; add a '---' line after its last key");
            }
        }
    }

    private static boolean closed(Document doc, int from) {
        for (int i = from; i < doc.lineCount(); i++) {
            String c = doc.line(i).content().strip();
            if (c.equals("---") || c.equals("...")) {
                return true;
            }
        }
        return false;
    }
}
