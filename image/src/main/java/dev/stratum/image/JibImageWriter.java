package dev.stratum.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.DockerDaemonImage;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import com.google.cloud.tools.jib.api.buildplan.Port;
import com.google.cloud.tools.jib.global.JibSystemProperties;
import dev.stratum.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Executes an {@link ImagePlan} with jib-core: base image, layers and config to a registry, tar or daemon. */
final class JibImageWriter {
    private final ImageRequest request;
    private final ImageLog log;
    private final RegistryCredentials credentials;
    private final ImageFailures failures;
    private final PushProgress jibLog;

    JibImageWriter(ImageRequest request, ImageLog log) {
        this.request = request;
        this.log = log;
        String targetRegistry = request.target() instanceof ImageTarget.Registry r
                ? ImageReferences.parse(r.reference(), "--to").getRegistry() : null;
        this.credentials = new RegistryCredentials(request.environment(), targetRegistry);
        this.failures = new ImageFailures(describe(request.target()), credentials.secret(),
                request.target() instanceof ImageTarget.Daemon);
        this.jibLog = new PushProgress(log, failures);
    }

    ImageResult write(ImagePlan plan) {
        try {
            probeRegistries(plan);
            ImageBuilder.warnIfUnpinned(request.base(), log);
            if (plan.input() instanceof BuildInput.SpringBootJar boot) {
                new JarExploder().explode(boot.jar(), plan.stagingDir());
            }
            log.progress("building " + describe(plan.target()) + " on " + plan.base() + " (" + plan.layers().size()
                    + " application layers)");
            JibContainerBuilder builder = base(plan);
            for (ImagePlan.Layer layer : plan.layers()) {
                builder.addFileEntriesLayer(layer(layer));
            }
            String[] platform = plan.platform().split("/");
            builder.setEntrypoint(plan.entrypoint())
                    .setWorkingDirectory(AbsoluteUnixPath.get(plan.workingDirectory()))
                    .setUser(plan.user())
                    .setExposedPorts(ports(plan.ports()))
                    .setLabels(plan.labels())
                    .setPlatforms(Set.of(new Platform(platform[1], platform[0])))
                    .setFormat(plan.target() instanceof ImageTarget.Tar t && t.format() == ImageTarget.TarFormat.OCI
                            ? ImageFormat.OCI : ImageFormat.Docker);
            // jib-core reads its connect/read timeout only from this system property, per request.
            System.setProperty(JibSystemProperties.HTTP_TIMEOUT, Long.toString(request.timeout().toMillis()));
            JibContainer container = builder.containerize(containerizer(plan));
            if (plan.target() instanceof ImageTarget.Registry) {
                jibLog.reportPushed(plan.layers());
            }
            String digest = container.getDigest().toString();
            writeDigestFile(digest);
            return new ImageResult(plan.target().reference(), digest, container.getImageId().toString(),
                    List.copyOf(container.getTags()), plan);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while building " + describe(plan.target()));
        } catch (Exception e) {
            throw failures.translate(e);
        }
    }

    private void probeRegistries(ImagePlan plan) {
        RegistryProbe probe = new RegistryProbe(request.timeout(), request.insecureRegistry());
        String target = plan.target() instanceof ImageTarget.Registry r
                ? ImageReferences.parse(r.reference(), "--to").getRegistry() : null;
        if (plan.baseTar() == null) {
            String base = ImageReferences.parse(plan.base(), "--base").getRegistry();
            if (!base.equals(target)) {
                probe.check(base, "base image");
            }
        }
        if (target != null) {
            probe.check(target, "target");
        }
    }

    private JibContainerBuilder base(ImagePlan plan) {
        if (plan.baseTar() != null) {
            return Jib.from(TarImage.at(plan.baseTar()));
        }
        ImageReference ref = ImageReferences.parse(plan.base(), "--base");
        RegistryImage image = RegistryImage.named(ref);
        credentials.retrieversFor(ref, jibLog).forEach(image::addCredentialRetriever);
        return Jib.from(image);
    }

    private Containerizer containerizer(ImagePlan plan) throws Exception {
        Containerizer containerizer;
        ImageTarget target = plan.target();
        ImageReference ref = ImageReferences.parseForPush(target.reference(), "--to");
        if (target instanceof ImageTarget.Registry) {
            RegistryImage image = RegistryImage.named(ref);
            credentials.retrieversFor(ref, jibLog).forEach(image::addCredentialRetriever);
            containerizer = Containerizer.to(image);
        } else if (target instanceof ImageTarget.Tar tar) {
            Path parent = tar.file().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            containerizer = Containerizer.to(TarImage.at(tar.file().toAbsolutePath()).named(ref));
        } else {
            containerizer = Containerizer.to(DockerDaemonImage.named(ref));
        }
        for (String tag : plan.tags()) {
            containerizer.withAdditionalTag(tag);
        }
        containerizer.setAllowInsecureRegistries(request.insecureRegistry())
                .setToolName("stratum")
                .setToolVersion(toolVersion())
                .setApplicationLayersCache(plan.stagingDir().resolveSibling("cache"))
                .addEventHandler(LogEvent.class, jibLog);
        if (request.baseCacheDir() != null) {
            containerizer.setBaseImageLayersCache(request.baseCacheDir());
        }
        return containerizer;
    }

    private static FileEntriesLayer layer(ImagePlan.Layer layer) {
        FileEntriesLayer.Builder builder = FileEntriesLayer.builder().setName(layer.name());
        for (ImagePlan.File file : layer.files()) {
            // Fixed permissions and jib's fixed timestamp keep the layer digest a function of content only.
            builder.addEntry(file.source(), AbsoluteUnixPath.get(file.containerPath()),
                    FilePermissions.DEFAULT_FILE_PERMISSIONS);
        }
        return builder.build();
    }

    private static Set<Port> ports(List<String> ports) {
        Set<Port> result = new LinkedHashSet<>();
        for (String port : ports) {
            String[] parts = port.split("/");
            result.add(Port.parseProtocol(Integer.parseInt(parts[0]), parts[1]));
        }
        return result;
    }

    private void writeDigestFile(String digest) {
        if (request.digestFile() == null) {
            return;
        }
        try {
            Path parent = request.digestFile().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(request.digestFile(), digest + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot write digest file " + request.digestFile() + ": " + e.getMessage(), e);
        }
    }

    private static String toolVersion() {
        String version = JibImageWriter.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static String describe(ImageTarget target) {
        if (target instanceof ImageTarget.Tar tar) {
            return "tar " + tar.file();
        }
        return target.reference() == null ? "the image" : target.reference();
    }
}
