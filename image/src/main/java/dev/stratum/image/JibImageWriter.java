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
import dev.stratum.core.AtomicFiles;
import dev.stratum.core.FileTrees;
import dev.stratum.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Executes an {@link ImagePlan} with jib-core: base image, layers and config to a registry, tar or daemon. */
final class JibImageWriter {
    /** How long jib's interrupted threads get to stop after a failure or the deadline. */
    private static final long STOP_GRACE_MILLIS = 2_000;

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
        Deadline deadline = Deadline.after(request.timeout());
        TarOutput tar = null;
        try {
            RegistryProbe.Endpoint target = probeRegistries(plan, deadline);
            ImageBuilder.warnIfUnpinned(request.base(), log);
            prepareWorkDirectory(plan);
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
            // jib-core reads its connect/read timeout only from this system property, per request; the deadline
            // bounds the whole run, so a request never waits longer than what is left of it.
            System.setProperty(JibSystemProperties.HTTP_TIMEOUT, Long.toString(deadline.forRequest().toMillis()));
            if (plan.target() instanceof ImageTarget.Tar t) {
                tar = TarOutput.at(t.file());
            }
            JibContainer container = containerizeWithin(deadline, builder, containerizer(plan, tar), tar);
            String digest = container.getDigest().toString();
            if (plan.target() instanceof ImageTarget.Registry r) {
                ImageReference ref = ImageReferences.parseForPush(r.reference(), "--to");
                List<String> tags = new java.util.ArrayList<>();
                tags.add(ref.getTag().orElse("latest"));
                tags.addAll(plan.tags());
                new PushConfirmation(target, deadline, credentials.credentialFor(ref, jibLog))
                        .confirm(ref.getRepository(), digest, tags);
                jibLog.reportPushed(plan.layers());
            }
            if (tar != null) {
                tar.commit();
            }
            writeDigestFile(digest);
            return new ImageResult(plan.target().reference(), digest, container.getImageId().toString(),
                    List.copyOf(container.getTags()), plan);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while building " + describe(plan.target()));
        } catch (Exception e) {
            throw failures.translate(e);
        } finally {
            if (tar != null) {
                tar.close();
            }
        }
    }

    /**
     * Runs jib on threads of its own and waits at most until the deadline. jib's requests each have a read
     * timeout, but it retries, and a server may drip bytes: only this bounds the whole. On the deadline the
     * threads are interrupted and abandoned (they are daemons; a tar being written stays a temporary file).
     */
    private JibContainer containerizeWithin(Deadline deadline, JibContainerBuilder builder, Containerizer containerizer,
            TarOutput tar) throws Exception {
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stratum-jib-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        containerizer.setExecutorService(threads);
        Future<JibContainer> run = threads.submit(() -> builder.containerize(containerizer));
        try {
            return run.get(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new InputException(verb(request.target()) + " " + describe(request.target()) + " did not finish within "
                    + deadline.describe() + " (--timeout): "
                    + (request.target() instanceof ImageTarget.Registry
                            ? "a registry stopped answering or is too slow; check it or raise --timeout"
                            : "raise --timeout for a large or remote base image"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            IOException writing = tar == null ? null : writingFailed(cause, tar);
            if (writing != null) {
                throw new InputException("cannot write " + tar.target() + ": " + writing.getMessage()
                        + " (the previous file, if any, is unchanged)", writing);
            }
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        } finally {
            run.cancel(true);
            threads.shutdownNow();
            // After a failure or the deadline, jib's other tasks may still be writing the layer cache: they were
            // interrupted (file channels close on interrupt); give them a moment to stop before returning. Threads
            // blocked on a socket read cannot be interrupted: they are abandoned (daemons, bounded by their timeout).
            long wait = Math.max(STOP_GRACE_MILLIS, Math.min(deadline.remaining().toMillis(), 5_000));
            if (!threads.awaitTermination(wait, TimeUnit.MILLISECONDS)) {
                log.debug("jib threads still running; abandoned");
            }
        }
    }

    /** The I/O failure of jib writing the tar (a full disk, a quota), as opposed to one reading the inputs; or null. */
    private static IOException writingFailed(Throwable thrown, TarOutput tar) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String message = String.valueOf(e.getMessage());
            if (e instanceof IOException io && (message.contains("No space left") || message.contains("Disk quota")
                    || message.contains("File too large") || message.contains(tar.temp().getFileName().toString()))) {
                return io;
            }
        }
        return null;
    }

    private static String verb(ImageTarget target) {
        if (target instanceof ImageTarget.Registry) {
            return "pushing";
        }
        return target instanceof ImageTarget.Tar ? "writing" : "loading";
    }

    /**
     * target/stratum-image is Stratum's own: a link there is refused, the jar is unpacked into a fresh
     * directory, and a layer cache holding a link (which jib would write through) is dropped: it only costs time.
     */
    private void prepareWorkDirectory(ImagePlan plan) throws IOException {
        Path work = plan.stagingDir().toAbsolutePath().normalize().getParent();
        JarExploder.refuseLink(work);
        Path cache = work.resolve("cache");
        if (JarExploder.containsLink(cache)) {
            FileTrees.delete(cache);
            log.warn("removed " + cache + ": it held a symbolic link, which jib would write through; the layer "
                    + "cache is rebuilt");
        }
        if (plan.input() instanceof BuildInput.SpringBootJar boot) {
            new JarExploder().explode(boot.jar(), plan.stagingDir());
        }
    }

    /** Probes the base and target registries; returns where the target answered ({@code null}: no registry target). */
    private RegistryProbe.Endpoint probeRegistries(ImagePlan plan, Deadline deadline) {
        RegistryProbe probe = new RegistryProbe(deadline, request.insecureRegistry());
        String target = plan.target() instanceof ImageTarget.Registry r
                ? ImageReferences.parse(r.reference(), "--to").getRegistry() : null;
        if (plan.baseTar() == null) {
            String base = ImageReferences.parse(plan.base(), "--base").getRegistry();
            if (!base.equals(target)) {
                probe.check(base, "base image");
            }
        }
        return target == null ? null : probe.check(target, "target");
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

    private Containerizer containerizer(ImagePlan plan, TarOutput tarOutput) throws Exception {
        Containerizer containerizer;
        ImageTarget target = plan.target();
        ImageReference ref = ImageReferences.parseForPush(target.reference(), "--to");
        if (target instanceof ImageTarget.Registry) {
            RegistryImage image = RegistryImage.named(ref);
            credentials.retrieversFor(ref, jibLog).forEach(image::addCredentialRetriever);
            containerizer = Containerizer.to(image);
        } else if (target instanceof ImageTarget.Tar) {
            containerizer = Containerizer.to(TarImage.at(tarOutput.temp()).named(ref));
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
            AtomicFiles.writeString(request.digestFile(), digest + "\n");
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
