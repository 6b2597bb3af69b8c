package dev.stratum.generate;

import dev.stratum.core.SafeYaml;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code .stratum/project.yaml}: template id and version, Stratum version and the answers, so that the project can
 * be regenerated or extended later. Options a template marks {@code secret} are left out.
 */
final class ProjectRecord {
    private ProjectRecord() {
    }

    static byte[] yaml(ResolvedProject project, java.nio.file.Path templateDirectory) {
        ProjectSpec spec = project.spec();
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("name", spec.name());
        answers.put("group", spec.group());
        answers.put("package", spec.effectivePackage());
        answers.put("java", spec.javaVersion());
        answers.put("features", project.featureIds());
        Map<String, Object> options = new LinkedHashMap<>();
        project.template().options().stream()
                .filter(o -> !o.secret())
                .forEach(o -> options.put(o.name(), project.options().get(o.name())));
        if (!options.isEmpty()) {
            answers.put("options", options);
        }
        Map<String, Object> record = new LinkedHashMap<>();
        Map<String, Object> template = new LinkedHashMap<>(); // Map.of would order the keys differently per JVM run
        template.put("id", project.template().id());
        template.put("version", project.template().version());
        if (templateDirectory != null) {
            // add and update render this project again from the same directory.
            template.put("path", templateDirectory.toString());
        }
        record.put("template", template);
        record.put("stratumVersion", project.stratumVersion());
        record.put("answers", answers);
        return ("# Written by stratum new; records how this project was generated. No secrets are stored here.\n"
                + SafeYaml.write(record)).getBytes(StandardCharsets.UTF_8);
    }
}
