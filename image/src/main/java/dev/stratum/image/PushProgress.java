package dev.stratum.image;

import com.google.cloud.tools.jib.api.LogEvent;
import dev.stratum.core.Printable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receives jib's log events (from its worker threads): their detail goes to the debug log, scrubbed of the secret,
 * and the lines naming built and already-present layers are remembered so the user sees per layer whether it was
 * pushed or was already in the registry. jib has no structured event for that, so its messages are matched; if
 * they change, only this summary degrades.
 */
final class PushProgress implements Consumer<LogEvent> {
    private static final Pattern BUILT = Pattern.compile("Building (\\S+) layer built (sha256:[0-9a-f]{64})");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
    private static final Pattern EXISTS = Pattern.compile("BLOB already exists on target registry.*(sha256:[0-9a-f]{64})");

    private final ImageLog log;
    private final ImageFailures failures;
    private final Map<String, String> builtLayers = new ConcurrentHashMap<>();
    private final Set<String> present = ConcurrentHashMap.newKeySet();

    PushProgress(ImageLog log, ImageFailures failures) {
        this.log = log;
        this.failures = failures;
    }

    @Override
    public void accept(LogEvent event) {
        // jib colours its error lines with ANSI escapes; what reaches the user's terminal is plain text.
        String message = Printable.escape(ANSI.matcher(failures.redact(String.valueOf(event.getMessage()))).replaceAll(""));
        Matcher built = BUILT.matcher(message);
        if (built.find()) {
            builtLayers.put(built.group(1), built.group(2));
        }
        Matcher exists = EXISTS.matcher(message);
        if (exists.find()) {
            present.add(exists.group(1));
        }
        // jib's own warnings are about retries and TLS fallbacks it handles itself; failures reach the user as
        // one line from ImageFailures, so everything from jib is detail.
        log.debug(event.getLevel().name().toLowerCase(Locale.ROOT) + ": " + message.strip());
    }

    /** A line per application layer that went over the wire, and how many blobs the registry already had. */
    void reportPushed(List<ImagePlan.Layer> layers) {
        for (ImagePlan.Layer layer : layers) {
            String digest = builtLayers.get(layer.name());
            if (digest != null && !present.contains(digest)) {
                log.progress(String.format(Locale.ROOT, "  pushed layer %-24s %s (%s files)", layer.name(),
                        digest.substring(0, 19), layer.files().size()));
            }
        }
        if (!present.isEmpty()) {
            log.progress("  " + present.size() + " layers were already in the registry");
        }
    }
}
