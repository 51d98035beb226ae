package dev.atomstate.check;

import dev.atomstate.parse.ParsedState;

/** A consistency rule over one parsed state file. Implementations are stateless; {@link Rules} lists them. */
public interface Rule {
    /** Stable id used in output, configuration and suppression comments. */
    String id();

    Severity defaultSeverity();

    /** What the rule looks for, one line (for docs and --list-rules). */
    String description();

    /** What it finds, in more detail, and why that matters: a few sentences for {@code check --explain}. */
    String explanation();

    /** How to fix a finding, one or two sentences (--list-rules, --explain, SARIF's help text). */
    String fix();

    void check(ParsedState state, Findings out);

    /** Rules that need the clock, the size budget or other settings override this one. */
    default void check(ParsedState state, CheckContext context, Findings out) {
        check(state, out);
    }

    /** Collects findings of one rule with the rule's id and severity filled in. */
    interface Findings {
        void add(int line, int column, String message);

        /**
         * False when only the count of findings is wanted (status's summary): a rule whose message costs more than its
         * finding (a pass over the file's lines to say how many bytes its history takes) may then add a short one.
         */
        default boolean detailed() {
            return true;
        }
    }
}
