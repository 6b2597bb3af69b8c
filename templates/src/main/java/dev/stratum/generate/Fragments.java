package dev.stratum.generate;

import dev.stratum.core.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Per-feature fragments of shared files: {@code features/<id>/fragments/<target>/<section>[.ftl]}. A shared file
 * (the README, a test base class) includes them at named points instead of switching on feature names:
 * {@code <#list fragments["README.md"].run as f>[=f]</#list>}. Every target and section any feature of the template
 * declares is present, as the list of the selected features' rendered fragments in feature order (empty when none
 * is selected), so a misspelt name is a render error and no shared file needs a default.
 */
final class Fragments {
    static final String DIR = "fragments";
    private static final Pattern SECTION = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Fragments() {
    }

    /** Whether {@code templatePath} lies in a feature's fragments directory (not an output file then). */
    static boolean isFragment(String templatePath) {
        String[] parts = templatePath.split("/");
        return parts.length > 3 && parts[0].equals("features") && parts[2].equals(DIR);
    }

    /**
     * target -> section -> rendered fragments. {@code render} renders (or reads) one template file, or returns
     * null when the template's file rules leave it out.
     */
    static Map<String, Map<String, List<String>>> collect(TemplateFiles files, TemplateDescriptor template,
                                                          List<String> selected, BiFunction<String, TemplateFiles.Entry, String> render) {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        for (FeatureDef feature : template.features()) {
            String dir = "features/" + feature.id() + "/" + DIR;
            for (TemplateFiles.Entry entry : files.under(dir)) {
                String[] parts = entry.name().substring(dir.length() + 1).split("/");
                String section = parts.length == 2 && parts[1].endsWith(".ftl")
                        ? parts[1].substring(0, parts[1].length() - 4) : parts.length == 2 ? parts[1] : "";
                if (parts.length != 2 || !SECTION.matcher(section).matches()) {
                    throw new UsageException("template '" + template.id() + "': " + entry.name() + " is not "
                            + dir + "/<target>/<section>[.ftl] with a section name of letters, digits and _");
                }
                List<String> texts = out.computeIfAbsent(parts[0], t -> new TreeMap<>())
                        .computeIfAbsent(section, s -> new ArrayList<>());
                if (selected.contains(feature.id())) {
                    String text = render.apply(entry.name(), entry);
                    if (text != null) {
                        texts.add(text);
                    }
                }
            }
        }
        return out;
    }
}
