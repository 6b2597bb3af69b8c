package dev.stratum.cli;

import java.util.Arrays;

/**
 * {@code --debug} must work even when parsing fails (that is when users need it most), so it is read from the raw
 * arguments before picocli runs; picocli also declares it so that it is accepted on every subcommand.
 */
final class DebugFlag {
    static final String NAME = "--debug";

    private DebugFlag() {
    }

    static boolean presentIn(String[] args) {
        return Arrays.asList(args).contains(NAME);
    }
}
