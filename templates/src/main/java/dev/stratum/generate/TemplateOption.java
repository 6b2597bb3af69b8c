package dev.stratum.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stratum.core.BoundedRegex;
import dev.stratum.core.UsageException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A template-specific answer with its type and validation. {@code secret} options are used for rendering but
 * never recorded in {@code .stratum/project.yaml}.
 */
public record TemplateOption(String name, String type, @JsonProperty("default") Object defaultValue,
                             String description, Long min, Long max, String pattern, List<String> choices,
                             boolean secret) {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    public TemplateOption {
        type = type == null ? "string" : type;
        description = description == null ? "" : description;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    void validateDeclaration(String source) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UsageException(source + ": option name '" + name + "' must be a camelCase identifier");
        }
        if (!List.of("string", "int", "boolean").contains(type)) {
            throw new UsageException(source + ": option '" + name + "' has unknown type '" + type + "' (string, int, boolean)");
        }
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new UsageException(source + ": option '" + name + "' has an invalid pattern", e);
            }
        }
        if (defaultValue != null) {
            coerce(String.valueOf(defaultValue));
        }
    }

    /** Parses and validates a raw answer; the message names the option and what is allowed, never a secret value. */
    Object coerce(String raw) {
        String shown = secret ? "(secret value)" : "'" + raw + "'";
        switch (type) {
            case "int":
                long value;
                try {
                    value = Long.parseLong(raw.strip());
                } catch (NumberFormatException e) {
                    throw new UsageException("option '" + name + "': " + shown + " is not a whole number", e);
                }
                if ((min != null && value < min) || (max != null && value > max)) {
                    throw new UsageException("option '" + name + "': " + (secret ? shown : String.valueOf(value)) + " is outside " + (min == null ? "" : min)
                            + ".." + (max == null ? "" : max));
                }
                return value;
            case "boolean":
                if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
                    throw new UsageException("option '" + name + "': " + shown + " is not true or false");
                }
                return Boolean.parseBoolean(raw);
            default:
                if (!choices.isEmpty() && !choices.contains(raw)) {
                    throw new UsageException("option '" + name + "': " + shown + " is not one of " + String.join(", ", choices));
                }
                // The template's own regular expression: bounded, a backtracking pattern must not hang `new`.
                if (pattern != null && !BoundedRegex.matches(Pattern.compile(pattern), raw, "option '" + name + "'")) {
                    throw new UsageException("option '" + name + "': " + shown + " does not match " + pattern);
                }
                return raw;
        }
    }
}
