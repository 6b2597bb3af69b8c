package dev.stratum.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stratum.core.SafeYaml;
import dev.stratum.core.UsageException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code .stratum/project.yaml} says about a generated project: the template (id, version and, for a template
 * directory, its path), the Stratum version that generated it and the answers. Read strictly (SafeYaml limits,
 * unknown keys and wrong types refused), because add and update rebuild the project from it.
 */
public record RecordedProject(Template template, String stratumVersion, RecordedAnswers answers) {

    /** {@code path} is absent for a built-in template. */
    public record Template(String id, String version, String path) {
    }

    public record RecordedAnswers(String name, String group, @JsonProperty("package") String packageName, Integer java,
                                  List<String> features, Map<String, String> options) {
        public RecordedAnswers {
            options = options == null ? Map.of() : new LinkedHashMap<>(options);
        }
    }

    /** Reads the record of the project at {@code dir}; a missing, linked or malformed record is a usage error. */
    public static RecordedProject read(Path dir) {
        Path record = dir.resolve(Generator.RECORD);
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + ": not a directory");
        }
        if (Files.isSymbolicLink(record.getParent()) || Files.isSymbolicLink(record)) {
            throw new UsageException(record + ": is a symbolic link (Stratum never reads its record through links)");
        }
        if (!Files.exists(record, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(dir + " is not a Stratum project: " + Generator.RECORD
                    + " not found (it is written by stratum new)");
        }
        RecordedProject p = SafeYaml.read(record, RecordedProject.class);
        p.validate(record.toString());
        return p;
    }

    private void validate(String source) {
        if (template == null || blank(template.id()) || blank(template.version())) {
            throw new UsageException(source + ": 'template' needs 'id' and 'version'");
        }
        if (blank(stratumVersion)) {
            throw new UsageException(source + ": 'stratumVersion' is required");
        }
        if (answers == null || blank(answers.name()) || answers.java() == null || answers.features() == null) {
            throw new UsageException(source + ": 'answers' needs 'name', 'java' and 'features'");
        }
        if (answers.features().stream().anyMatch(RecordedProject::blank)) {
            throw new UsageException(source + ": 'answers.features' holds an empty entry");
        }
    }

    /** The spec that regenerates this project with {@code features} from the template at {@code templateRef}. */
    public ProjectSpec spec(String templateRef, List<String> features) {
        return new ProjectSpec(answers.name(), answers.group(), answers.packageName(), answers.java(), features,
                answers.options(), templateRef);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
