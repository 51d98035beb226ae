package dev.atomstate.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code atomstate mcp}: a Model Context Protocol server over stdio on the official Java SDK. Every tool call runs the
 * CLI command of the same name in-process ({@link ToolRunner}); resources are the state file and the worklog as
 * text and as the model. The only class that touches the SDK, so no other command loads it.
 */
public final class AtomstateMcpServer {
    private static final TypeRef<Map<String, Object>> OBJECT = new TypeRef<>() {
    };
    /** How long a server whose client went away waits for tool calls that are still writing. */
    private static final long DRAIN_SECONDS = 60;

    static final String INSTRUCTIONS = "atomstate keeps this project's planning state (.planning/STATE.md and the worklog). "
            + "Change it only with these tools, never by editing the file: each tool runs the atomstate command of the same "
            + "name and changes exactly what it says, in the file's own style, or nothing. A refusal is a tool error with one "
            + "'atomstate:' line saying why; re-running a call that already took effect changes nothing. "
            + "Read the state with the status tool or the atomstate://state resources.";

    private AtomstateMcpServer() {
    }

    /** Serves until the client's stream ends (or the session breaks), then waits for calls still running; returns the exit code. */
    public static int serve(McpHost host, Path root, Map<String, String> env, Path file, Path worklog, InputStream in, OutputStream out)
            throws InterruptedException {
        ToolRunner.Project project = new ToolRunner.Project(host, root, env, file, worklog);
        McpJsonMapper mapper = new JacksonMcpJsonMapper(tools.jackson.databind.json.JsonMapper.shared());
        CountDownLatch ended = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        McpServerTransportProvider transport = new EndAware(new StdioServerTransportProvider(mapper, in, out), ended);
        List<McpServerFeatures.SyncToolSpecification> tools = new ArrayList<>();
        for (ToolCatalog.Tool tool : ToolCatalog.tools(host)) {
            tools.add(McpServerFeatures.SyncToolSpecification.builder()
                    .tool(definition(tool))
                    .callHandler((exchange, request) -> call(project, mapper, tool, request, running))
                    .build());
        }
        McpSyncServer server = McpServer.sync(transport)
                .serverInfo("atomstate", version())
                .instructions(INSTRUCTIONS)
                .jsonMapper(mapper)
                .jsonSchemaValidator(new AcceptingValidator())
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
                .tools(tools)
                .resources(resources(project))
                .build();
        ended.await();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        while (running.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        server.close();
        return 0;
    }

    private static List<McpServerFeatures.SyncResourceSpecification> resources(ToolRunner.Project project) {
        List<McpServerFeatures.SyncResourceSpecification> out = new ArrayList<>();
        for (Resources.Resource r : Resources.all()) {
            McpSchema.Resource resource = McpSchema.Resource.builder().uri(r.uri()).name(r.name()).description(r.description())
                    .mimeType(r.mimeType()).build();
            out.add(new McpServerFeatures.SyncResourceSpecification(resource, (exchange, request) -> new McpSchema.ReadResourceResult(
                    List.of(new McpSchema.TextResourceContents(r.uri(), r.mimeType(), r.read().apply(project))))));
        }
        return out;
    }

    static McpSchema.Tool definition(ToolCatalog.Tool tool) {
        return McpSchema.Tool.builder()
                .name(tool.name())
                .title("atomstate " + String.join(" ", tool.command()))
                .description(tool.description())
                .inputSchema(tool.input().schema())
                .outputSchema(tool.outputSchema())
                // every command is idempotent: re-running one that took effect changes nothing
                .annotations(new McpSchema.ToolAnnotations("atomstate " + String.join(" ", tool.command()),
                        !tool.writes(), false, true, false, null))
                .build();
    }

    private static McpSchema.CallToolResult call(ToolRunner.Project project, McpJsonMapper mapper, ToolCatalog.Tool tool,
                                                 McpSchema.CallToolRequest request, AtomicInteger running) {
        running.incrementAndGet();
        try {
            ToolRunner.Outcome o = ToolRunner.run(project, tool, request.arguments());
            if (o.failed()) {
                return McpSchema.CallToolResult.builder().isError(true).addTextContent(o.error()).build();
            }
            return McpSchema.CallToolResult.builder()
                    .structuredContent(mapper.readValue(o.json(), OBJECT))
                    .addTextContent(o.json())
                    .isError(false)
                    .build();
        } catch (IOException | RuntimeException e) {
            return McpSchema.CallToolResult.builder().isError(true)
                    .addTextContent("atomstate: internal error in tool " + tool.name() + ": " + e + " (report it)").build();
        } finally {
            running.decrementAndGet();
        }
    }

    private static String version() {
        String v = AtomstateMcpServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * Tool results are the CLI's own --json documents, checked against the published schema by the tests; checking
     * them again here could only turn a write that happened into an error. Tool inputs are validated by the CLI.
     */
    private static final class AcceptingValidator implements JsonSchemaValidator {
        @Override
        public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
            return ValidationResponse.asValid(null);
        }
    }

    /**
     * The stdio transport, telling when its session closes: the client's stream ended, or the SDK gave up on it (it
     * stops reading after a line it cannot parse), so the server never outlives its client.
     */
    private static final class EndAware implements McpServerTransportProvider {
        private final McpServerTransportProvider delegate;
        private final CountDownLatch ended;

        EndAware(McpServerTransportProvider delegate, CountDownLatch ended) {
            this.delegate = delegate;
            this.ended = ended;
        }

        @Override
        public void setSessionFactory(McpServerSession.Factory factory) {
            delegate.setSessionFactory(transport -> factory.create(new McpServerTransport() {
                @Override
                public Mono<Void> closeGracefully() {
                    return transport.closeGracefully().doFinally(signal -> ended.countDown());
                }

                @Override
                public void close() {
                    try {
                        transport.close();
                    } finally {
                        ended.countDown();
                    }
                }

                @Override
                public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
                    return transport.sendMessage(message);
                }

                @Override
                public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
                    return transport.unmarshalFrom(data, type);
                }

                @Override
                public List<String> protocolVersions() {
                    return transport.protocolVersions();
                }
            }));
        }

        @Override
        public Mono<Void> notifyClients(String method, Object params) {
            return delegate.notifyClients(method, params);
        }

        @Override
        public Mono<Void> notifyClient(String sessionId, String method, Object params) {
            return delegate.notifyClient(sessionId, method, params);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return delegate.closeGracefully();
        }

        @Override
        public void close() {
            delegate.close();
        }

        @Override
        public List<String> protocolVersions() {
            return delegate.protocolVersions();
        }
    }
}
