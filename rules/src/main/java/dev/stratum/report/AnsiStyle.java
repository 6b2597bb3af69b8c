package dev.stratum.report;

import dev.stratum.finding.Severity;

/** ANSI colour for the text reporters: on only when the caller says so (a TTY), never decided here. */
record AnsiStyle(boolean enabled) {
    String paint(String ansi, String text) {
        return enabled ? "\u001b[" + ansi + "m" + text + "\u001b[0m" : text;
    }

    /** Red for high and critical, yellow for medium, cyan below. */
    static String severity(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "31";
            case MEDIUM -> "33";
            default -> "36";
        };
    }
}
