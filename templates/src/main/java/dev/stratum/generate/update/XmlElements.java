package dev.stratum.generate.update;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The element structure of an XML text with character offsets, so that a merge can insert and remove elements by
 * editing the text and keep everything else byte for byte (formatting, comments, the user's own elements). Not a
 * validating parser: it knows tags, comments, CDATA, processing instructions and a DOCTYPE without an internal
 * subset; anything else unbalanced is {@link Malformed}.
 */
final class XmlElements {
    private XmlElements() {
    }

    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /** An element from {@code start} ('<') to {@code end} (after '>'); content between the tags. */
    record Element(String name, int start, int end, int contentStart, int contentEnd, List<Element> children) {
        Optional<Element> child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst();
        }

        Optional<Element> path(String... names) {
            Optional<Element> e = Optional.of(this);
            for (String n : names) {
                e = e.flatMap(x -> x.child(n));
            }
            return e;
        }

        List<Element> children(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        /** The text of a leaf element without comments, trimmed; {@code fallback} when absent or empty. */
        String text(String xml, String childName, String fallback) {
            return child(childName).map(c -> xml.substring(c.contentStart, c.contentEnd).replaceAll("(?s)<!--.*?-->", "").strip())
                    .filter(s -> !s.isEmpty()).orElse(fallback);
        }
    }

    private static final class Open {
        final String name;
        final int start;
        final int contentStart;
        final List<Element> children = new ArrayList<>();

        Open(String name, int start, int contentStart) {
            this.name = name;
            this.start = start;
            this.contentStart = contentStart;
        }
    }

    static Element parse(String xml) {
        Deque<Open> stack = new ArrayDeque<>();
        Element root = null;
        int i = 0;
        while ((i = xml.indexOf('<', i)) >= 0) {
            if (xml.startsWith("<!--", i)) {
                i = after(xml, i, "-->");
            } else if (xml.startsWith("<![CDATA[", i)) {
                i = after(xml, i, "]]>");
            } else if (xml.startsWith("<?", i)) {
                i = after(xml, i, "?>");
            } else if (xml.startsWith("<!", i)) {
                int close = xml.indexOf('>', i);
                if (close < 0 || xml.substring(i, close).contains("[")) {
                    throw new Malformed("unsupported declaration at offset " + i);
                }
                i = close + 1;
            } else if (xml.startsWith("</", i)) {
                int close = xml.indexOf('>', i);
                if (close < 0 || stack.isEmpty()) {
                    throw new Malformed("unexpected closing tag at offset " + i);
                }
                String name = xml.substring(i + 2, close).strip();
                Open open = stack.pop();
                if (!open.name.equals(name)) {
                    throw new Malformed("</" + name + "> closes <" + open.name + ">");
                }
                Element e = new Element(open.name, open.start, close + 1, open.contentStart, i, List.copyOf(open.children));
                i = close + 1;
                root = attach(stack, e, root);
            } else {
                int end = tagEnd(xml, i);
                boolean selfClosing = xml.charAt(end - 2) == '/';
                int nameEnd = i + 1;
                while (nameEnd < end && !Character.isWhitespace(xml.charAt(nameEnd)) && xml.charAt(nameEnd) != '/'
                        && xml.charAt(nameEnd) != '>') {
                    nameEnd++;
                }
                String name = xml.substring(i + 1, nameEnd);
                if (name.isEmpty()) {
                    throw new Malformed("empty tag name at offset " + i);
                }
                if (selfClosing) {
                    root = attach(stack, new Element(name, i, end, end, end, List.of()), root);
                } else {
                    stack.push(new Open(name, i, end));
                }
                i = end;
            }
        }
        if (!stack.isEmpty() || root == null) {
            throw new Malformed(root == null ? "no root element" : "<" + stack.peek().name + "> is not closed");
        }
        return root;
    }

    private static Element attach(Deque<Open> stack, Element e, Element root) {
        if (stack.isEmpty()) {
            if (root != null) {
                throw new Malformed("more than one root element");
            }
            return e;
        }
        stack.peek().children.add(e);
        return root;
    }

    private static int after(String xml, int from, String terminator) {
        int at = xml.indexOf(terminator, from);
        if (at < 0) {
            throw new Malformed("unterminated markup at offset " + from);
        }
        return at + terminator.length();
    }

    /** The offset after the '>' of the start tag at {@code from}, attribute values (quoted) may hold '>'. */
    private static int tagEnd(String xml, int from) {
        char quote = 0;
        for (int j = from + 1; j < xml.length(); j++) {
            char c = xml.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            } else if (c == '<') {
                break;
            }
        }
        throw new Malformed("unterminated tag at offset " + from);
    }
}
