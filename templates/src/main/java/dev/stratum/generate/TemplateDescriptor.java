package dev.stratum.generate;

import dev.stratum.core.UsageException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parsed {@code template.yaml}: what a template is, which answers it takes, which features it offers and, when
 * it declares {@code build:}, its base build (then Stratum writes pom.xml from the build model).
 * {@code executable} lists globs of output paths (e.g. {@code mvnw}) written with execute permission: a template
 * in a jar or a checkout on Windows has no file modes to keep, so the mode is declared, not inherited.
 */
public record TemplateDescriptor(String id, String version, String description, List<TemplateOption> options,
                                 List<FeatureDef> features, List<FileRule> files, List<String> executable,
                                 BuildDef build) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public TemplateDescriptor {
        options = options == null ? List.of() : List.copyOf(options);
        features = features == null ? List.of() : List.copyOf(features);
        files = files == null ? List.of() : List.copyOf(files);
        executable = executable == null ? List.of() : List.copyOf(executable);
        description = description == null ? "" : description;
    }

    public Optional<FeatureDef> feature(String featureId) {
        return features.stream().filter(f -> f.id().equals(featureId)).findFirst();
    }

    /** Whether the output file at {@code outputPath} (relative, '/') is written executable. */
    public boolean executable(String outputPath) {
        return executable.stream().anyMatch(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)
                .matches(Path.of(outputPath)));
    }

    /** Checks what YAML typing cannot: ids, references between features and duplicate names. */
    void validate(String source) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new UsageException(source + ": 'id' must be lower-case words joined by hyphens");
        }
        if (version == null || version.isBlank()) {
            throw new UsageException(source + ": 'version' is required");
        }
        Set<String> ids = new HashSet<>();
        for (FeatureDef f : features) {
            if (f.id() == null || !ID.matcher(f.id()).matches() || !ids.add(f.id())) {
                throw new UsageException(source + ": feature id '" + f.id() + "' is invalid or declared twice");
            }
        }
        for (FeatureDef f : features) {
            for (String ref : concat(f.requires(), f.conflicts())) {
                if (!ids.contains(ref)) {
                    throw new UsageException(source + ": feature '" + f.id() + "' refers to unknown feature '" + ref + "'");
                }
            }
        }
        Set<String> names = new HashSet<>();
        for (TemplateOption o : options) {
            o.validateDeclaration(source);
            if (!names.add(o.name())) {
                throw new UsageException(source + ": option '" + o.name() + "' declared twice");
            }
        }
        for (FileRule rule : files) {
            rule.validate(source);
        }
        for (String glob : executable) {
            if (glob == null || glob.isBlank()) {
                throw new UsageException(source + ": every 'executable' entry must be a glob of output paths");
            }
        }
        for (FeatureDef f : features) {
            if (f.build() != null) {
                if (build == null) {
                    throw new UsageException(source + ": feature '" + f.id() + "' declares 'build:' but the template has"
                            + " no top-level 'build:' (without one, files/pom.xml.ftl is the build and features add"
                            + " only dependencies)");
                }
                f.build().validateAsFeature(source + ": feature '" + f.id() + "'");
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
