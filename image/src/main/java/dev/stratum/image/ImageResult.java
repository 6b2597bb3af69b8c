package dev.stratum.image;

import java.util.List;

/**
 * What a build produced. For a dry run only the plan is set.
 *
 * @param reference the image reference written (tag included)
 * @param digest manifest digest ({@code sha256:...}); what a registry serves for {@code REPO@DIGEST}
 * @param imageId digest of the container configuration, as {@code docker images} shows it
 * @param tags every tag written
 * @param plan the plan that was executed
 */
public record ImageResult(String reference, String digest, String imageId, List<String> tags, ImagePlan plan) {
    public ImageResult {
        tags = List.copyOf(tags);
    }
}
