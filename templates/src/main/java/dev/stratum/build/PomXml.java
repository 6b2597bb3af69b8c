package dev.stratum.build;

import dev.stratum.core.UsageException;

/** Indented XML text for the pom writer: two spaces per level, '\n' line ends, escaped text and comments. */
final class PomXml {
    private static final String INDENT = "  ";
    private final StringBuilder out = new StringBuilder();
    private int depth;

    PomXml line(String text) {
        out.append(INDENT.repeat(depth)).append(text).append('\n');
        return this;
    }

    PomXml blank() {
        out.append('\n');
        return this;
    }

    PomXml blankIf(boolean condition) {
        return condition ? blank() : this;
    }

    PomXml open(String name) {
        return openTag("<" + name + ">");
    }

    /** An opening tag written as given, line breaks included (the root element with its namespaces). */
    PomXml openTag(String tag) {
        out.append(INDENT.repeat(depth)).append(tag).append('\n');
        depth++;
        return this;
    }

    PomXml close(String name) {
        depth--;
        return line("</" + name + ">");
    }

    /** {@code <name>text</name>}, or {@code <name/>} for empty text. */
    PomXml element(String name, String text) {
        return text.isEmpty() ? line("<" + name + "/>") : line("<" + name + ">" + escape(name, text) + "</" + name + ">");
    }

    /** Writes the element only when it has text. */
    PomXml optional(String name, String text) {
        return text == null || text.isEmpty() ? this : element(name, text);
    }

    /**
     * A comment, one source line per line, continuation lines aligned under the first line's text. "--" cannot
     * appear inside an XML comment and becomes "- -".
     */
    PomXml comment(String text) {
        if (text.isBlank()) {
            return this;
        }
        String[] lines = text.strip().split("\n", -1);
        String indent = INDENT.repeat(depth);
        for (int i = 0; i < lines.length; i++) {
            String body = check("comment", lines[i].strip()).replace("--", "- -");
            String start = i == 0 ? indent + "<!-- " : indent + "     ";
            String end = i == lines.length - 1 ? (body.endsWith("-") ? " " : "") + " -->" : "";
            out.append(start).append(body).append(end).append('\n');
        }
        return this;
    }

    String text() {
        return out.toString();
    }

    static String escape(String element, String text) {
        return check(element, text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** XML 1.0 has no form for most control characters; a value holding one is a template error, not a pom. */
    private static String check(String element, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                throw new UsageException("the build value of <" + element + "> holds a control character (U+"
                        + String.format("%04X", (int) c) + "), which XML cannot hold");
            }
        }
        return text;
    }
}
