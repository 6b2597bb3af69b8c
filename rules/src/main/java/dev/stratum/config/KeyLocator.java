package dev.stratum.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the line of a key in YAML text. Jackson reports errors in records at the end of the enclosing mapping
 * (records are built after all their properties are buffered), which is the wrong line for an unknown key; this
 * replays the tokens and returns the line where the key at {@code path} starts.
 */
final class KeyLocator {
    private KeyLocator() {
    }

    /** The 1-based line of the key at {@code path}, or -1 when it cannot be found. */
    static int line(String yaml, List<JsonMappingException.Reference> path) {
        String wanted = "/" + path.stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .map(s -> s.replace("~", "~0").replace("/", "~1"))
                .collect(Collectors.joining("/"));
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.getParsingContext().pathAsPointer().toString().equals(wanted)) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
