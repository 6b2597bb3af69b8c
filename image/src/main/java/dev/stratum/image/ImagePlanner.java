package dev.stratum.image;

import dev.stratum.core.InputException;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Turns a request and the detected build output into an {@link ImagePlan}; reads files, writes nothing. */
public final class ImagePlanner {

    static final String APP_DIR = "/app";
    private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:/(tcp|udp))?");
    private static final Pattern PLATFORM = Pattern.compile("([a-z0-9]+)/([a-z0-9_]+)(?:/[a-z0-9]+)?");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?");

    private final BuildInputDetector detector = new BuildInputDetector();
    private final PomReader pomReader = new PomReader();
    private final GitRevisionReader gitReader = new GitRevisionReader();

    public ImagePlan plan(ImageRequest request) {
        // Usage errors first: a bad flag is reported as such even when the project is missing too.
        checkSettings(request);
        if (request.target().reference() != null) {
            ImageReferences.parseForPush(request.target().reference(),
                    request.target() instanceof ImageTarget.Registry ? "--to" : "--name");
        }
        Path projectDir = request.projectDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(projectDir)) {
            throw new InputException("project directory " + request.projectDir() + " does not exist");
        }
        ProjectMetadata project = pomReader.read(projectDir);
        project = project.withRevision(gitReader.read(projectDir).orElse(null));
        BuildInput input = detector.detect(projectDir, project);
        Path staging = projectDir.resolve("target/stratum-image/exploded");

        List<ImagePlan.Layer> layers;
        List<String> entrypoint = new ArrayList<>(List.of("java"));
        entrypoint.addAll(request.jvmFlags());
        List<String> defaultPorts;
        if (input instanceof BuildInput.SpringBootJar boot) {
            layers = bootLayers(boot, staging);
            entrypoint.addAll(List.of("-cp", APP_DIR, boot.launcherClass()));
            defaultPorts = List.of("8080");
        } else {
            BuildInput.PlainJar plain = (BuildInput.PlainJar) input;
            layers = plainLayers(plain);
            String cp = APP_DIR + "/" + plain.jar().getFileName() + (plain.dependencies().isEmpty() ? "" : ":" + APP_DIR + "/libs/*");
            entrypoint.addAll(List.of("-cp", cp, plain.mainClass()));
            defaultPorts = List.of();
        }

        Map<String, String> labels = new LinkedHashMap<>(project.ociLabels());
        if (!request.base().startsWith("tar:")) {
            labels.put("org.opencontainers.image.base.name", request.base());
        }
        labels.putAll(request.labels());
        // A label is pushed with every image and shown by every registry UI: no URL keeps a token in it.
        labels.replaceAll((key, value) -> UrlCredentials.strip(value));

        ImageTarget target = resolveTarget(request.target(), project, projectDir);
        Path baseTar = request.base().startsWith("tar:") ? Path.of(request.base().substring(4)) : null;
        if (baseTar != null && !Files.isRegularFile(baseTar)) {
            throw new InputException("base image tar " + baseTar + " does not exist");
        }
        if (baseTar != null) {
            BaseImageTar.check(baseTar);
        }
        List<String> ports = normalizePorts(request.ports().isEmpty() ? defaultPorts : request.ports());
        return new ImagePlan(baseTar == null ? request.base() : baseTar.toString(), baseTar, input, staging, layers,
                entrypoint, APP_DIR, request.user(), ports, labels, request.platform(), target, request.tags());
    }

    private static void checkSettings(ImageRequest request) {
        if (!USER.matcher(request.user()).matches()) {
            throw new UsageException("--user " + request.user() + ": expected USER or UID[:GID]");
        }
        if (!PLATFORM.matcher(request.platform()).matches()) {
            throw new UsageException("--platform " + request.platform() + ": expected OS/ARCH such as linux/arm64");
        }
        for (String tag : request.tags()) {
            ImageReferences.checkTag(tag, "--tag");
        }
        request.labels().forEach(ImagePlanner::checkLabel);
        normalizePorts(request.ports());
        if (request.timeout().isNegative() || request.timeout().isZero()) {
            throw new UsageException("--timeout must be positive");
        }
        if (request.base().startsWith("tar:")) {
            if (request.base().length() == 4) {
                throw new UsageException("--base tar: needs a path, e.g. tar:build/base.tar");
            }
        } else {
            ImageReferences.parse(request.base(), "--base");
        }
    }

    /** A label key is what `docker inspect` and registries index by: never empty, no control characters. */
    private static void checkLabel(String key, String value) {
        String shown = ImageReferences.shown(key + "=" + value);
        if (key.isBlank()) {
            throw new UsageException("--label " + shown + ": empty label key (expected KEY=VALUE)");
        }
        if (key.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new UsageException("--label " + shown + ": a label key has no spaces or control characters");
        }
    }

    private static ImageTarget resolveTarget(ImageTarget target, ProjectMetadata project, Path projectDir) {
        String fallback = projectDir.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (target instanceof ImageTarget.Registry r) {
            ImageReferences.parseForPush(r.reference(), "--to");
            return r;
        }
        String ref = target.reference() == null ? project.defaultImageName(fallback) : target.reference();
        ImageReferences.parseForPush(ref, "image name");
        if (target instanceof ImageTarget.Tar t) {
            return new ImageTarget.Tar(t.file(), t.format(), ref);
        }
        return new ImageTarget.Daemon(ref);
    }

    private static List<ImagePlan.Layer> bootLayers(BuildInput.SpringBootJar boot, Path staging) {
        Map<String, List<ImagePlan.File>> byLayer = new LinkedHashMap<>();
        boot.index().layers().keySet().forEach(name -> byLayer.put(name, new ArrayList<>()));
        try (ZipFile zip = new ZipFile(boot.jar().toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path source = JarExploder.safeResolve(staging, entry.getName());
                String layer = boot.index().layerOf(entry.getName());
                if (!boot.indexed() && entry.getName().startsWith("BOOT-INF/lib/") && entry.getName().contains("SNAPSHOT")) {
                    layer = "snapshot-dependencies";
                }
                byLayer.get(layer).add(new ImagePlan.File(source, APP_DIR + "/" + entry.getName(), entry.getSize()));
            }
        } catch (IOException e) {
            throw new InputException("cannot read " + boot.jar() + ": " + e.getMessage(), e);
        }
        List<ImagePlan.Layer> layers = new ArrayList<>();
        byLayer.forEach((name, files) -> {
            if (!files.isEmpty()) {
                files.sort(Comparator.comparing(ImagePlan.File::containerPath));
                layers.add(new ImagePlan.Layer(name, files));
            }
        });
        return layers;
    }

    private static List<ImagePlan.Layer> plainLayers(BuildInput.PlainJar plain) {
        List<ImagePlan.File> releases = new ArrayList<>();
        List<ImagePlan.File> snapshots = new ArrayList<>();
        for (Path dep : plain.dependencies()) {
            String name = dep.getFileName().toString();
            var file = new ImagePlan.File(dep, APP_DIR + "/libs/" + name, size(dep));
            (name.contains("SNAPSHOT") ? snapshots : releases).add(file);
        }
        List<ImagePlan.Layer> layers = new ArrayList<>();
        if (!releases.isEmpty()) {
            layers.add(new ImagePlan.Layer("dependencies", releases));
        }
        if (!snapshots.isEmpty()) {
            layers.add(new ImagePlan.Layer("snapshot-dependencies", snapshots));
        }
        Path jar = plain.jar();
        layers.add(new ImagePlan.Layer("application",
                List.of(new ImagePlan.File(jar, APP_DIR + "/" + jar.getFileName(), size(jar)))));
        return layers;
    }

    private static List<String> normalizePorts(List<String> ports) {
        var result = new LinkedHashSet<String>();
        for (String port : ports) {
            var m = PORT.matcher(port.strip());
            int number = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (number < 1 || number > 65535) {
                throw new UsageException("--port " + port + ": expected PORT[/tcp|/udp] with PORT in 1-65535");
            }
            result.add(number + "/" + (m.group(2) == null ? "tcp" : m.group(2)));
        }
        return List.copyOf(result);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
