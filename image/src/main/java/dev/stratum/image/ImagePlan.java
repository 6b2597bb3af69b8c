package dev.stratum.image;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The image to be built, decided before anything is pulled or pushed: printed by {@code --dry-run},
 * executed by {@link ImageBuilder}.
 *
 * @param base base image reference, or the tar file when {@code baseTar} is set
 * @param baseTar the base image tar for {@code --base tar:PATH}, otherwise {@code null}
 * @param input the build output the layers come from
 * @param stagingDir where a Spring Boot jar is unpacked before its entries become layer files
 * @param layers application layers in order, base layers not included
 * @param target where the image goes, with its reference resolved
 */
public record ImagePlan(
        String base,
        Path baseTar,
        BuildInput input,
        Path stagingDir,
        List<Layer> layers,
        List<String> entrypoint,
        String workingDirectory,
        String user,
        List<String> ports,
        Map<String, String> labels,
        String platform,
        ImageTarget target,
        List<String> tags) {

    public ImagePlan {
        layers = List.copyOf(layers);
        entrypoint = List.copyOf(entrypoint);
        ports = List.copyOf(ports);
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        tags = List.copyOf(tags);
    }

    /** One application layer: a name and the files it holds. */
    public record Layer(String name, List<File> files) {
        public Layer {
            files = List.copyOf(files);
        }

        public long size() {
            return files.stream().mapToLong(File::size).sum();
        }
    }

    /** A file of a layer: where it comes from on disk and where it goes in the image. */
    public record File(Path source, String containerPath, long size) {}
}
