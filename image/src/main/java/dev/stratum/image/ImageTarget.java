package dev.stratum.image;

import java.nio.file.Path;
import java.util.Objects;

/** Where the built image goes: exactly one of a registry, a tar file or a local Docker daemon. */
public sealed interface ImageTarget {

    /**
     * The image reference the image is written under; for a tar or the daemon {@code null} means "name it
     * after the project" ({@code artifactId:version}).
     */
    String reference();

    /** Push to a registry; the tag is written last, after every blob and the manifest. */
    record Registry(String reference) implements ImageTarget {
        public Registry {
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** Write a tar loadable by {@code docker load} (docker format) or an OCI archive (oci format). */
    record Tar(Path file, TarFormat format, String reference) implements ImageTarget {
        public Tar {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(format, "format");
        }
    }

    /** Load into the local Docker daemon through the {@code docker} executable. */
    record Daemon(String reference) implements ImageTarget {}

    /** Format of a tar target. */
    enum TarFormat {
        DOCKER,
        OCI
    }
}
