package dev.stratum.image;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import dev.stratum.core.UsageException;
import java.util.regex.Pattern;

/**
 * Validates image references from flags before anything is contacted, with the limits registries enforce (the
 * distribution spec's grammar, as Docker's reference library applies it): a bad one is a usage error (exit 2)
 * naming the flag and what is wrong, never a network failure later.
 *
 * <pre>REFERENCE = [REGISTRY "/"] REPOSITORY [":" TAG] ["@" DIGEST]</pre>
 */
final class ImageReferences {
    /** Registry plus repository: Docker's reference library and the common registries refuse longer names. */
    static final int MAX_NAME = 255;
    /** The distribution spec's tag grammar allows 128 characters. */
    static final int MAX_TAG = 128;
    /** Longer input is not looked at character by character (nor shown in full). */
    private static final int SHOWN = 60;

    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");
    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern HOST_COMPONENT = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]+]");
    /** jib (and so Stratum) handles sha256 digests only; the spec's other algorithms are refused clearly. */
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    private ImageReferences() {
    }

    static ImageReference parse(String reference, String flag) {
        check(reference, flag);
        try {
            return ImageReference.parse(reference);
        } catch (InvalidImageReferenceException e) {
            throw invalid(flag, reference, "not a valid image reference "
                    + "(expected [REGISTRY/]REPOSITORY[:TAG][@sha256:DIGEST], lower-case repository)");
        }
    }

    /** A reference written to: it names a tag, never a digest (the digest is the result, not an input). */
    static ImageReference parseForPush(String reference, String flag) {
        ImageReference parsed = parse(reference, flag);
        if (parsed.getDigest().isPresent()) {
            throw invalid(flag, reference, "cannot write to a digest; give a tag instead");
        }
        return parsed;
    }

    static boolean isValidTag(String tag) {
        return tag != null && tag.length() <= MAX_TAG && TAG.matcher(tag).matches();
    }

    /** A {@code --tag} value: a tag alone, no repository or digest. */
    static void checkTag(String tag, String flag) {
        if (!isValidTag(tag)) {
            throw invalid(flag, tag, tagProblem(tag));
        }
    }

    static boolean isPinned(String reference) {
        return reference.startsWith("tar:") || reference.contains("@sha256:");
    }

    /** The reference as an error message may show it: control characters escaped, long input cut. */
    static String shown(String text) {
        return shown(text, SHOWN);
    }

    /** Like {@link #shown(String)}, cut after {@code max} characters. */
    static String shown(String text, int max) {
        StringBuilder sb = new StringBuilder();
        int limit = Math.min(text.length(), max);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) && c != ' ') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (text.length() > max) {
            sb.append("... (").append(text.length()).append(" characters)");
        }
        return sb.toString();
    }

    private static void check(String reference, String flag) {
        if (reference == null || reference.isBlank()) {
            throw new UsageException(flag + ": empty image reference (expected [REGISTRY/]REPOSITORY[:TAG])");
        }
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw invalid(flag, reference, "an image reference has no spaces or control characters");
            }
        }
        String rest = reference;
        int at = rest.indexOf('@');
        if (at >= 0) {
            String digest = rest.substring(at + 1);
            if (!DIGEST.matcher(digest).matches()) {
                throw invalid(flag, reference, "digest " + shown(digest)
                        + " is not valid (expected sha256: and 64 lower-case hex digits)");
            }
            rest = rest.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            String tag = rest.substring(colon + 1);
            if (!isValidTag(tag)) {
                throw invalid(flag, reference, tagProblem(tag));
            }
            rest = rest.substring(0, colon);
        }
        if (rest.length() > MAX_NAME) {
            throw invalid(flag, reference, "the name (registry and repository) is " + rest.length()
                    + " characters; registries accept at most " + MAX_NAME);
        }
        String[] parts = rest.split("/", -1);
        int first = 0;
        if (parts.length > 1 && (parts[0].contains(".") || parts[0].contains(":") || parts[0].equals("localhost"))) {
            checkRegistry(parts[0], flag, reference);
            first = 1;
        }
        for (int i = first; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                throw invalid(flag, reference, "the repository has an empty path component");
            }
            if (!PATH_COMPONENT.matcher(part).matches()) {
                throw invalid(flag, reference, PATH_COMPONENT.matcher(part.toLowerCase(java.util.Locale.ROOT)).matches()
                        ? "the repository must be lower-case (" + shown(part) + ")"
                        : "repository component " + shown(part) + " is not valid (lower-case letters and digits, "
                                + "separated by '.', '_', '__' or '-')");
            }
        }
    }

    private static void checkRegistry(String registry, String flag, String reference) {
        String host = registry;
        int colon = registry.lastIndexOf(':');
        if (colon >= 0 && !registry.endsWith("]")) {
            host = registry.substring(0, colon);
            String port = registry.substring(colon + 1);
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw invalid(flag, reference, "registry port " + shown(port) + " is not in 1-65535");
            }
        }
        if (IPV6.matcher(host).matches()) {
            throw invalid(flag, reference, "IPv6 registry addresses are not supported (jib-core parses none); "
                    + "use a host name");
        }
        for (String label : host.split("\\.", -1)) {
            if (!HOST_COMPONENT.matcher(label).matches()) {
                throw invalid(flag, reference, "registry host " + shown(host) + " is not a valid host name");
            }
        }
    }

    private static String tagProblem(String tag) {
        if (tag == null || tag.isEmpty()) {
            return "empty tag";
        }
        if (tag.length() > MAX_TAG) {
            return "the tag is " + tag.length() + " characters; the limit is " + MAX_TAG;
        }
        return "tag " + shown(tag) + " is not valid ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})";
    }

    private static UsageException invalid(String flag, String reference, String problem) {
        return new UsageException(flag + " " + shown(reference) + ": " + problem);
    }
}
