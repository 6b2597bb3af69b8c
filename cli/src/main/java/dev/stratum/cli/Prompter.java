package dev.stratum.cli;

import dev.stratum.generate.ProjectSpec;
import java.io.Console;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * Asks for values the user did not give, only on an interactive terminal. Enter keeps the default shown in
 * brackets. In batch mode (or without a terminal) the spec is returned unchanged and defaults apply.
 */
final class Prompter {
    private final CommandLine commandLine;
    private final boolean interactive;

    Prompter(CommandLine commandLine, boolean interactive) {
        this.commandLine = commandLine;
        this.interactive = interactive;
    }

    ProjectSpec complete(ProjectSpec given) {
        Console console = System.console();
        if (!interactive || console == null) {
            return given;
        }
        String name = given.name() != null ? given.name() : ask(console, "Project name", "demo-service");
        String group = given.group().equals(ProjectSpec.DEFAULT_GROUP) ? ask(console, "Group", given.group()) : given.group();
        List<String> features = given.features() != null ? given.features()
                : parseList(ask(console, "Features (empty = template defaults, or e.g. +cache-redis,-security)", ""));
        commandLine.getOut().flush();
        return new ProjectSpec(name, group, given.packageName(), given.javaVersion(), features, given.options(),
                given.template());
    }

    private static String ask(Console console, String label, String fallback) {
        String answer = console.readLine("%s [%s]: ", label, fallback);
        return answer == null || answer.isBlank() ? fallback : answer.strip();
    }

    private static List<String> parseList(String text) {
        return text.isBlank() ? null : Arrays.asList(text.split(","));
    }
}
