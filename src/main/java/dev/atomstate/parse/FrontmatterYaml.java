package dev.atomstate.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Validates frontmatter YAML with jackson-dataformat-yaml. Kept in its own class so that Jackson is only
 * loaded for files that have frontmatter.
 */
public final class FrontmatterYaml {
    private FrontmatterYaml() {
    }

    /** Null when {@code yaml} parses; else the parser's message and the 1-based line inside the block. */
    public static String[] problem(String yaml) {
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
