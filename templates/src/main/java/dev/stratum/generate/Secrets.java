package dev.stratum.generate;

import dev.stratum.core.InputException;
import dev.stratum.core.StratumException;
import dev.stratum.core.UsageException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The values of a template's {@code secret: true} options, so that no message can print them: every error of a
 * generation passes through {@link #redact(StratumException)}. Messages Stratum writes itself avoid quoting values
 * that could hold a secret; this is the net under FreeMarker's messages, which quote the values they could not use
 * (shortened with "..." when long, hence the windows: any {@value #WINDOW} characters of a secret are hidden too).
 */
final class Secrets {
    static final String MASK = "****";
    private static final int WINDOW = 6;
    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values;
    }

    static Secrets none() {
        return new Secrets(List.of());
    }

    /** The secret options' values: as given (before any conversion) and as resolved. */
    static Secrets of(TemplateDescriptor template, Map<String, String> given, Map<String, Object> resolved) {
        List<String> values = new ArrayList<>();
        for (TemplateOption o : template.options()) {
            if (o.secret()) {
                add(values, given.get(o.name()));
                add(values, resolved == null ? null : resolved.get(o.name()));
            }
        }
        values.sort(Comparator.comparingInt(String::length).reversed());
        return new Secrets(List.copyOf(values));
    }

    private static void add(List<String> values, Object value) {
        if (value != null && !String.valueOf(value).isEmpty()) {
            values.add(String.valueOf(value));
            String stripped = String.valueOf(value).strip();
            if (!stripped.isEmpty()) {
                values.add(stripped);
            }
        }
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    String redact(String message) {
        if (message == null || values.isEmpty()) {
            return message;
        }
        String out = message;
        for (String v : values) {
            if (v.length() >= 4) {
                out = out.replace(v, MASK);
            } else {
                // Too short to hide everywhere without hiding ordinary words: hidden where it stands quoted.
                out = out.replace("\"" + v + "\"", "\"" + MASK + "\"").replace("'" + v + "'", "'" + MASK + "'");
            }
        }
        for (String v : values) {
            for (int i = 0; i + WINDOW <= v.length(); i++) {
                String window = v.substring(i, i + WINDOW);
                if (out.contains(window)) {
                    out = out.replace(window, MASK);
                }
            }
        }
        return out;
    }

    /**
     * The same failure with a redacted message. Its cause (printed by {@code --debug}) is replaced by one that keeps
     * the stack trace but not the messages, which may quote a secret.
     */
    StratumException redact(StratumException e) {
        if (values.isEmpty()) {
            return e;
        }
        String message = redact(e.getMessage());
        RuntimeException cause = null;
        if (e.getCause() != null) {
            cause = new RuntimeException(e.getCause().getClass().getName() + " (message hidden: the template has secret options)");
            cause.setStackTrace(e.getCause().getStackTrace());
        }
        StratumException copy = e instanceof InputException ? new InputException(message, cause) : new UsageException(message, cause);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
