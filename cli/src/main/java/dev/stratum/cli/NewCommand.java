package dev.stratum.cli;

import dev.stratum.generate.Answers;
import dev.stratum.generate.FeatureDef;
import dev.stratum.generate.GenerationResult;
import dev.stratum.generate.Generator;
import dev.stratum.generate.ProjectSpec;
import dev.stratum.generate.RenderLimits;
import dev.stratum.generate.TemplateDescriptor;
import dev.stratum.generate.TemplateSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum new}: generate a service from a template. */
@Command(name = "new", header = "Generate a production-ready service from a template.",
        description = {"Renders into a temporary directory and moves it into place, so a failure never leaves a "
                + "half-written project. Prompts for missing values only on a terminal without --batch."},
        footer = {"", "Examples:", "  stratum new orders-service", "  stratum new orders --group com.acme --features +cache-redis,-cache-caffeine",
                "  stratum new orders --dry-run", "  stratum new --list-features"})
final class NewCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Project (artifact) name, e.g. orders-service.")
    private String name;

    @Option(names = "--group", paramLabel = "GROUP", description = "Maven groupId (default: com.example).")
    private String group;

    @Option(names = "--package", paramLabel = "PACKAGE", description = "Base Java package (default: GROUP + NAME without hyphens).")
    private String packageName;

    @Option(names = "--java", paramLabel = "VERSION", description = "Java release: 17, 21 or 25 (default: 17).")
    private Integer java;

    @Option(names = "--features", paramLabel = "LIST", split = ",",
            description = "Features to include, e.g. web,postgres; or changes to the defaults: +cache-redis,-security.")
    private List<String> features;

    @Option(names = "--template", paramLabel = "ID|DIR", description = "Built-in template id (id@VERSION for an earlier release this Stratum keeps) or a template directory (default: spring-service).")
    private String template;

    @Option(names = "--dir", paramLabel = "OUT", description = "Output directory (default: ./NAME).")
    private Path dir;

    @Option(names = "--answers", paramLabel = "FILE", description = "YAML file with answers (same keys as the flags, plus options:); - reads standard input.")
    private Path answersFile;

    @Option(names = "--set", paramLabel = "OPTION=VALUE", description = "Set a template option.")
    private Map<String, String> options = new HashMap<>();

    @Option(names = "--dry-run", description = "Print the files that would be generated; write nothing.")
    private boolean dryRun;

    @Option(names = "--force", description = "Replace a non-empty output directory.")
    private boolean force;

    @Option(names = "--render-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time limit for rendering the whole template (default: ${DEFAULT-VALUE} s).")
    private int renderTimeout;

    @Option(names = "--batch", description = "Never prompt.")
    private boolean batch;

    @Option(names = "--list-features", description = "List the template's features and exit.")
    private boolean listFeatures;

    @Option(names = "--list-templates", description = "List the built-in templates and exit.")
    private boolean listTemplates;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RenderLimits limits = RenderLimits.defaults().withTimeout(Duration.ofSeconds(renderTimeout));
        Answers answers = answersFile == null ? Answers.none() : Answers.read(answersFile, System.in);
        if (listTemplates) {
            for (TemplateDescriptor t : TemplateSource.builtIns()) {
                out.printf("%-20s %-8s %s%n", t.id(), t.version(), t.description());
            }
            return 0;
        }
        String templateRef = first(template, answers.template());
        if (listFeatures) {
            printFeatures(out, templateRef == null ? ProjectSpec.DEFAULT_TEMPLATE : templateRef);
            return 0;
        }
        ProjectSpec project = new Prompter(spec.commandLine(), interactive()).complete(new ProjectSpec(
                first(name, answers.name()),
                first(group, answers.group()),
                first(packageName, answers.packageName()),
                java != null ? java : answers.java() == null ? 0 : answers.java(),
                features != null ? features : answers.features(),
                merge(answers.options(), options),
                templateRef));
        Path target = dir != null ? dir : answers.dir() != null ? Path.of(answers.dir()) : Path.of(nameOrEmpty(project));
        GenerationResult result = new Generator(VersionProvider.version(), limits).generate(project, target, force, dryRun);
        new GenerationSummary(out).print(result);
        result.warnings().forEach(w -> spec.commandLine().getErr().println("stratum: warning: " + w));
        return 0;
    }

    private boolean interactive() {
        return !batch && System.console() != null;
    }

    private static void printFeatures(PrintWriter out, String templateRef) {
        try (TemplateSource source = TemplateSource.open(templateRef)) {
            out.println("Features of " + source.descriptor().id() + " (* = default):");
            for (FeatureDef f : source.descriptor().features()) {
                String rel = (f.requires().isEmpty() ? "" : "  requires " + String.join(", ", f.requires()))
                        + (f.conflicts().isEmpty() ? "" : "  conflicts " + String.join(", ", f.conflicts()));
                out.printf("  %s %-16s %s%s%n", f.enabledByDefault() ? "*" : " ", f.id(), f.description(), rel);
            }
        }
    }

    private static String nameOrEmpty(ProjectSpec spec) {
        return spec.name() == null ? "" : spec.name();
    }

    private static <T> T first(T flag, T fromFile) {
        return flag != null ? flag : fromFile;
    }

    private static Map<String, String> merge(Map<String, String> fromFile, Map<String, String> flags) {
        Map<String, String> merged = new HashMap<>(fromFile);
        merged.putAll(flags);
        return merged;
    }
}
