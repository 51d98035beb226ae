package dev.atomstate.mcp;

import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.McpClients;
import dev.atomstate.testing.Processes;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Tool calls run in parallel inside one server JVM; writers of one file must still take turns. */
class ConcurrentToolCallsTest {
    @TempDir
    Path dir;

    @Test
    void twentyConcurrentDecideCallsKeepAllTwentyDecisions() throws Exception {
        Path project = McpServerProcessTest.project(dir, "p", "gsd-template");
        Path state = project.resolve(".planning/STATE.md");
        String before = Files.readString(state);
        int n = 20 * Processes.scale();
        try (McpClients.Session s = McpClients.start(project, Map.of())) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(n);
            List<Future<McpSchema.CallToolResult>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String text = "Concurrent decision number " + i + " from the agent";
                calls.add(pool.submit(() -> {
                    start.await();
                    return s.client().callTool(new McpSchema.CallToolRequest("decide", Map.of("text", text)));
                }));
            }
            start.countDown();
            for (Future<McpSchema.CallToolResult> call : calls) {
                McpSchema.CallToolResult r = call.get();
                assertThat(r.isError()).as("%s", r.content()).isFalse();
                assertThat(r.structuredContent()).isInstanceOfSatisfying(Map.class, doc -> assertThat(doc.get("written")).isEqualTo(true));
            }
            pool.shutdown();
            assertThat(s.stderr()).as("the server's stderr").isEmpty();
        }
        String after = Files.readString(state);
        for (int i = 0; i < n; i++) {
            String decision = "Concurrent decision number " + i + " from the agent";
            assertThat(after.split(java.util.regex.Pattern.quote(decision), -1)).as(decision).hasSize(2);
        }
        // nothing else changed: the decisions are the only new lines, and the file still checks as before
        List<String> added = new ArrayList<>(after.lines().toList());
        before.lines().forEach(added::remove);
        assertThat(added).hasSize(n).allMatch(line -> line.contains("Concurrent decision number "));
        assertThat(CliRun.run(project, "check").exit()).isEqualTo(CliRun.run(McpServerProcessTest.project(dir, "fresh", "gsd-template"), "check").exit());
    }
}
