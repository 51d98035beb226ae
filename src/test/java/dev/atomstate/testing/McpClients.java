package dev.atomstate.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The MCP SDK's own client, talking over stdio to {@code atomstate mcp} started as a real JVM from the test class path
 * (like {@link Processes}), in a chosen working directory. Tool results are checked against each tool's output schema
 * by the client itself, with a validator over the same JSON Schema library the other schema tests use.
 */
public final class McpClients {
    private McpClients() {
    }

    static final McpJsonMapper MAPPER = new JacksonMcpJsonMapper(tools.jackson.databind.json.JsonMapper.shared());

    /** {@code json} as the client's JSON mapper reads structured content, to compare documents with it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String json) {
        try {
            return MAPPER.readValue(json, Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A running server and the client connected to it; the server's stderr lines are kept. */
    public record Session(McpSyncClient client, List<String> stderr) implements AutoCloseable {
        @Override
        public void close() {
            client.closeGracefully();
        }
    }

    /** Starts {@code atomstate mcp args…} in {@code cwd} with ATOMSTATE_NOW fixed and {@code env} added, and initializes it. */
    public static Session start(Path cwd, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-XX:-UsePerfData",
                "-cp", System.getProperty("java.class.path"), "dev.atomstate.cli.Main", "mcp"));
        cmd.addAll(List.of(args));
        Map<String, String> all = new java.util.HashMap<>(Map.of("ATOMSTATE_NOW", CliRun.DEFAULT_NOW));
        all.putAll(env);
        ServerParameters params = ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .args(cmd).env(all).build();
        StdioClientTransport transport = new StdioClientTransport(params, MAPPER) {
            @Override
            protected ProcessBuilder getProcessBuilder() {
                ProcessBuilder pb = new ProcessBuilder().directory(cwd.toFile());
                pb.environment().remove("ATOMSTATE_TEST_WRITE_DELAY_MS");
                return pb;
            }

            /**
             * The SDK enqueues a message by emitting into a sink that takes one emitter at a time, busy-looping 100 ms
             * at most for the others: 20 threads calling at once on a loaded machine got "Failed to enqueue message"
             * (ConcurrentToolCallsTest, once in a full run). Enqueueing in turn keeps all the calls in flight at once.
             */
            @Override
            public synchronized reactor.core.publisher.Mono<Void> sendMessage(io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage message) {
                return super.sendMessage(message);
            }
        };
        ConcurrentLinkedQueue<String> stderr = new ConcurrentLinkedQueue<>();
        transport.setStdErrorHandler(stderr::add);
        McpSyncClient client = McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(120))
                .initializationTimeout(Duration.ofSeconds(120))
                .jsonSchemaValidator(new SchemaValidator())
                .enableCallToolSchemaCaching(true)
                .build();
        client.initialize();
        return new Session(client, new ListView(stderr));
    }

    /** Validates with networknt (JSON Schema 2020-12), structured content and schema documents alike. */
    public static final class SchemaValidator implements JsonSchemaValidator {
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

        @Override
        public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
            Set<ValidationMessage> errors = FACTORY.getSchema(JSON.valueToTree(schema)).validate(JSON.valueToTree(structuredContent));
            return errors.isEmpty() ? ValidationResponse.asValid(null) : ValidationResponse.asInvalid(errors.toString());
        }

        @Override
        public ValidationResponse validateSchema(Map<String, Object> schema) {
            return metaErrors(schema).isEmpty() ? ValidationResponse.asValid(null) : ValidationResponse.asInvalid(metaErrors(schema).toString());
        }

        /** What the 2020-12 meta-schema finds wrong with {@code schema}. */
        public static Set<ValidationMessage> metaErrors(Map<String, Object> schema) {
            JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
            JsonNode node = JSON.valueToTree(schema);
            return meta.validate(node);
        }
    }

    /** A live read-only list over the stderr queue. */
    private static final class ListView extends java.util.AbstractList<String> {
        private final ConcurrentLinkedQueue<String> queue;

        ListView(ConcurrentLinkedQueue<String> queue) {
            this.queue = queue;
        }

        @Override
        public String get(int index) {
            return new ArrayList<>(queue).get(index);
        }

        @Override
        public int size() {
            return queue.size();
        }
    }
}
