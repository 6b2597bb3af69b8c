package dev.stratum.cli;

import dev.stratum.core.UsageException;
import dev.stratum.generate.Generator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code FEATURE... [DIR]} of add and remove: the last argument is the project directory when it looks like one
 * (".", a path with a separator, or a directory holding a Stratum record); feature ids never do.
 */
record FeatureArguments(List<String> features, Path dir) {
    static FeatureArguments of(List<String> args, String command) {
        if (args.size() > 1 && isProject(args.get(args.size() - 1))) {
            return new FeatureArguments(List.copyOf(args.subList(0, args.size() - 1)), Path.of(args.get(args.size() - 1)));
        }
        if (args.size() == 1 && isProject(args.get(0)) && (args.get(0).contains("/") || args.get(0).startsWith("."))) {
            throw new UsageException("name at least one feature: stratum " + command + " FEATURE... [DIR]");
        }
        return new FeatureArguments(List.copyOf(args), Path.of("."));
    }

    private static boolean isProject(String arg) {
        return arg.equals(".") || arg.equals("..") || arg.contains("/") || arg.contains("\\")
                || Files.isRegularFile(Path.of(arg).resolve(Generator.RECORD));
    }
}
