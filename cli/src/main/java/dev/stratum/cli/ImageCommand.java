package dev.stratum.cli;

import dev.stratum.core.UsageException;
import dev.stratum.image.ImageBuilder;
import dev.stratum.image.ImageLog;
import dev.stratum.image.ImageRequest;
import dev.stratum.image.ImageResult;
import dev.stratum.image.ImageTarget;
import dev.stratum.image.JvmFlags;
import dev.stratum.image.PlanPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stratum image}: build a container image of a built service with jib-core, no Docker daemon needed. */
@Command(name = "image", header = "Build a container image of a built service (jib-core, no Docker daemon).",
        description = {"Reads the service's build output under PROJECT_DIR/target (a Spring Boot jar, layered by "
                + "its BOOT-INF/layers.idx, or a plain jar plus target/dependency), then pushes the image to a "
                + "registry, writes a tar or loads it into a Docker daemon. Identical input gives an identical "
                + "digest. Credentials: STRATUM_REGISTRY_USERNAME/STRATUM_REGISTRY_PASSWORD or ~/.docker/config.json;"
                + " they are never printed."},
        footer = {"", "Examples:",
            "  stratum image orders --to registry.example.com/team/orders:1.0 --tag latest",
            "  stratum image --to 127.0.0.1:5000/orders:dev --insecure-registry",
            "  stratum image --tar target/orders.tar --format oci",
            "  stratum image --to ghcr.io/acme/orders:1 --dry-run"})
final class ImageCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private StratumCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR", description = "The built service (default: .).")
    private Path projectDir = Path.of(".");

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Target (exactly one):%n")
    private Target target;

    static final class Target {
        @Option(names = "--to", paramLabel = "REF", description = "Push to a registry, e.g. registry.example.com/team/orders:1.")
        String registry;

        @Option(names = "--tar", paramLabel = "FILE", description = "Write an image tar (see --format).")
        Path tar;

        @Option(names = "--docker", description = "Load into the local Docker daemon (needs the docker CLI and a daemon).")
        boolean docker;
    }

    @Option(names = "--format", paramLabel = "docker|oci", description = "Tar format: docker (docker load) or oci (default: docker).")
    private String format;

    @Option(names = "--name", paramLabel = "REF", description = "Image name for --tar and --docker (default: ARTIFACT:VERSION from the pom).")
    private String name;

    @Option(names = "--insecure-registry", description = "Allow plain http and unverified TLS (a local or self-signed registry).")
    private boolean insecure;

    @Option(names = "--base", paramLabel = "REF|tar:PATH",
            description = "Base image: a registry reference, ideally pinned by digest, or tar:PATH (default: " + ImageRequest.DEFAULT_BASE + ").")
    private String base;

    @Option(names = "--tag", paramLabel = "TAG", description = "Additional tag, repeatable.")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--jvm-flags", paramLabel = "FLAGS",
            description = "JVM flags for the entrypoint, split like shell words (quotes and backslashes honoured), "
                    + "e.g. \"-Xmx512m -Dgreeting='hello world'\"; repeatable.")
    private List<String> jvmFlags = new ArrayList<>();

    @Option(names = "--port", paramLabel = "PORT[/udp]", description = "Exposed port, repeatable (default: 8080 for Spring Boot).")
    private List<String> ports = new ArrayList<>();

    @Option(names = "--label", paramLabel = "KEY=VALUE", description = "Image label, repeatable; wins over the labels from the pom.")
    private Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--user", paramLabel = "USER", description = "User to run as, UID[:GID] or a name (default: " + ImageRequest.DEFAULT_USER + ", non-root).")
    private String user;

    @Option(names = "--platform", paramLabel = "OS/ARCH", description = "Target platform (default: " + ImageRequest.DEFAULT_PLATFORM + ").")
    private String platform;

    @Option(names = "--digest-file", paramLabel = "FILE", description = "Write the image digest to FILE.")
    private Path digestFile;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Deadline for the whole build: probing, pulling, pushing and confirming the push (default: "
                    + "${DEFAULT-VALUE}).")
    private int timeoutSeconds = (int) ImageRequest.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--dry-run", description = "Print the planned layers and configuration; pull, build and push nothing.")
    private boolean dryRun;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (format != null && target.tar == null) {
            throw new UsageException("--format applies to --tar only");
        }
        if (name != null && target.registry != null) {
            throw new UsageException("--name applies to --tar and --docker; --to already names the image");
        }
        if (timeoutSeconds <= 0) {
            throw new UsageException("--timeout " + timeoutSeconds + ": must be a positive number of seconds");
        }
        ImageRequest request = ImageRequest.builder(projectDir, target())
                .base(base).tags(tags).jvmFlags(splitFlags(jvmFlags)).ports(ports).labels(labels).user(user)
                .platform(platform).digestFile(digestFile).dryRun(dryRun).insecureRegistry(insecure)
                .timeout(Duration.ofSeconds(timeoutSeconds)).environment(System.getenv())
                .build();
        boolean debug = root != null && root.debug;
        ImageResult result = new ImageBuilder().build(request, ImageLog.to(err, quiet, debug));
        if (dryRun) {
            new PlanPrinter(out).print(result.plan());
            return 0;
        }
        out.println(verb(result.plan().target()) + " " + result.reference()
                + (result.plan().tags().isEmpty() ? "" : " (also tagged " + String.join(", ", result.plan().tags()) + ")"));
        out.println("digest " + result.digest());
        return 0;
    }

    private ImageTarget target() {
        if (target.registry != null) {
            return new ImageTarget.Registry(target.registry);
        }
        if (target.tar != null) {
            return new ImageTarget.Tar(target.tar, tarFormat(), name);
        }
        return new ImageTarget.Daemon(name);
    }

    private ImageTarget.TarFormat tarFormat() {
        if (format == null || format.equalsIgnoreCase("docker")) {
            return ImageTarget.TarFormat.DOCKER;
        }
        if (format.equalsIgnoreCase("oci")) {
            return ImageTarget.TarFormat.OCI;
        }
        throw new UsageException("--format " + format + ": expected docker or oci");
    }

    private static List<String> splitFlags(List<String> flags) {
        List<String> result = new ArrayList<>();
        for (String f : flags) {
            result.addAll(JvmFlags.split(f));
        }
        return result;
    }

    private static String verb(ImageTarget target) {
        if (target instanceof ImageTarget.Registry) {
            return "pushed";
        }
        if (target instanceof ImageTarget.Tar tar) {
            return "wrote " + tar.file() + " as";
        }
        return "loaded";
    }
}
