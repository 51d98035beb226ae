package dev.atomstate.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.atomstate.model.SimpleYaml;

/**
 * Validates frontmatter YAML: what {@link SimpleYaml} knows to be valid is, and the rest goes to
 * jackson-dataformat-yaml, in a class of its own so that Jackson is only loaded for a file that needs it.
 */
public final class FrontmatterYaml {
    private FrontmatterYaml() {
    }

    /** Null when {@code yaml} parses; else the parser's message and the 1-based line inside the block. */
    public static String[] problem(String yaml) {
        if (SimpleYaml.isCertainlyValid(yaml)) {
            return null;
        }
        return Jackson.problem(yaml);
    }

    private static final class Jackson {
        static String[] problem(String yaml) {
            try {
                new ObjectMapper(new YAMLFactory()).readTree(yaml.isBlank() ? "{}" : yaml);
                return null;
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
                String msg = e.getOriginalMessage() == null ? "invalid YAML" : e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
                return new String[] {Integer.toString(line), msg};
            } catch (RuntimeException e) {
                return new String[] {"1", "invalid YAML"};
            }
        }
    }

    /** Jackson's verdict alone, for the tests that hold {@link SimpleYaml} to it. */
    static String[] jacksonProblem(String yaml) {
        return Jackson.problem(yaml);
    }
}
