package dev.atomstate.app.merge;

import dev.atomstate.edit.Change;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The .gitattributes lines of git setup: added once, in the file's line endings; removed without touching others. */
class GitAttributesTest {
    @Test
    void setupAddsTheMissingLinesUnderACommentAndIsANoOpTheSecondTime() {
        Change c = GitAttributes.setup("*.png binary", List.of("STATE.md", "WORKLOG.md"));
        String once = c.apply("*.png binary");
        assertThat(once).isEqualTo("*.png binary\n\n" + GitAttributes.COMMENT + "\nSTATE.md merge=atomstate\nWORKLOG.md merge=atomstate\n");
        assertThat(GitAttributes.setup(once, List.of("STATE.md", "WORKLOG.md")).isNoop()).isTrue();
        assertThat(GitAttributes.setup(null, List.of("STATE.md")).apply("")).isEqualTo(GitAttributes.COMMENT + "\nSTATE.md merge=atomstate\n");
    }

    @Test
    void unsetupRemovesOnlyWhatSetupWrote() {
        String text = "*.png binary\r\n" + GitAttributes.COMMENT + "\r\nSTATE.md merge=atomstate\r\n*.md text merge=atomstate\r\n";
        assertThat(GitAttributes.unsetup(text).apply(text)).isEqualTo("*.png binary\r\n*.md text merge=atomstate\r\n");
        assertThat(GitAttributes.unsetup("*.png binary\n").isNoop()).isTrue();
    }
}
