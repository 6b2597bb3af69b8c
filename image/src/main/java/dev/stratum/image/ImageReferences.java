package dev.stratum.image;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import dev.stratum.core.UsageException;

/** Validates image references from flags; a bad one is a usage error (exit 2) naming the flag. */
final class ImageReferences {
    private ImageReferences() {
    }

    static ImageReference parse(String reference, String flag) {
        try {
            return ImageReference.parse(reference);
        } catch (InvalidImageReferenceException e) {
            throw new UsageException(flag + " " + reference + ": not a valid image reference "
                    + "(expected [REGISTRY/]REPOSITORY[:TAG][@sha256:DIGEST], lower-case repository)");
        }
    }

    /** A reference written to: it names a tag, never a digest (the digest is the result, not an input). */
    static ImageReference parseForPush(String reference, String flag) {
        ImageReference parsed = parse(reference, flag);
        if (parsed.getDigest().isPresent()) {
            throw new UsageException(flag + " " + reference + ": cannot write to a digest; give a tag instead");
        }
        return parsed;
    }

    static boolean isValidTag(String tag) {
        return ImageReference.isValidTag(tag);
    }

    static boolean isPinned(String reference) {
        return reference.startsWith("tar:") || reference.contains("@sha256:");
    }
}
