package dev.stratum.image;

/**
 * The image service: plans the image from a built project, then (unless it is a dry run) builds and writes it
 * with jib-core. One call, one image; nothing is kept between calls.
 */
public final class ImageBuilder {
    private final ImagePlanner planner = new ImagePlanner();

    /** Plans only: reads the project, writes nothing. */
    public ImagePlan plan(ImageRequest request) {
        return planner.plan(request);
    }

    public ImageResult build(ImageRequest request, ImageLog log) {
        ImagePlan plan = planner.plan(request);
        if (request.dryRun()) {
            warnIfUnpinned(request.base(), log);
            return new ImageResult(plan.target().reference(), null, null, plan.tags(), plan);
        }
        // Constructing the writer validates the credentials, so a usage error comes before any output; the writer
        // warns only once the registries answered, so every failure is exactly one line.
        return new JibImageWriter(request, log).write(plan);
    }

    static void warnIfUnpinned(String base, ImageLog log) {
        if (!ImageReferences.isPinned(base)) {
            log.warn("base image " + base + " is not pinned by digest, so rebuilds may differ when the tag "
                    + "moves; pin it with --base " + base + "@sha256:<digest>");
        }
    }
}
