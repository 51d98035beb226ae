package dev.atomstate.edit;

import dev.atomstate.model.PlanId;
import dev.atomstate.parse.MilestoneForms;

/** Milestone values for another version and name, written in the form the file already uses (as parse.MilestoneForms read it). */
public final class MilestoneText {
    private MilestoneText() {
    }

    /** The version as {@code example} writes versions: with "v" unless the example starts with a digit. */
    public static String like(String example, String number) {
        return MilestoneForms.startsWithNumber(example) ? number : "v" + number;
    }

    /**
     * A milestone value ("v1.1 — Old Name", "v2.0 Cold Storage", "1 - MVP") for another version and name in the same
     * form: the version in its place and style, the name after the old separator. A null name drops the old one, which
     * describes the old milestone; the same version with a null name keeps it. A value without a version gets "vN — name".
     */
    public static String value(MilestoneForms.VersionForm form, String number, String name) {
        if (form == null) {
            return "v" + number + (name == null ? "" : " — " + name);
        }
        String version = form.v() + number;
        if (form.v().isEmpty() && !form.startsWithNumber()) {
            version = "v" + number;
        }
        boolean same = PlanId.comparePhases(form.number(), number) == 0;
        String newRest;
        if (form.named() != null) {
            newRest = name != null ? form.named().separator() + name : same ? form.rest() : "";
        } else {
            newRest = name != null ? " — " + name : form.rest();
        }
        return form.before() + version + newRest;
    }
}
