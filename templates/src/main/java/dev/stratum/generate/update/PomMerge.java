package dev.stratum.generate.update;

import dev.stratum.generate.update.XmlElements.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Merges {@code pom.xml} structurally. The dependencies, BOM imports, plugins, properties and repositories the
 * template added, changed or removed between base and theirs are applied to the user's XML by editing its text:
 * insertion after the entry that precedes them in the template, re-indented to the user's indentation; removal
 * only of entries the user left as generated. The user's formatting, comments and own entries stay byte for byte.
 *
 * <p>The same edits are applied to the base, so that base' and theirs then differ only outside those entries
 * (the parent version, a new section); a line merge of (base', ours', theirs) brings that in. An entry both sides
 * changed is left alone in base' and ours', so the line merge marks it as a conflict. A pom that is not
 * well-formed enough to locate its entries is merged line by line, with a note.
 */
final class PomMerge implements FileMerge {
    private record Section(String[] path, String entry, BiFunction<String, Element, String> key) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section(new String[] {"properties"}, null, (xml, e) -> e.name()),
            new Section(new String[] {"dependencies"}, "dependency", PomMerge::dependencyKey),
            new Section(new String[] {"dependencyManagement", "dependencies"}, "dependency", PomMerge::dependencyKey),
            new Section(new String[] {"build", "plugins"}, "plugin", (xml, e) ->
                    e.text(xml, "groupId", "org.apache.maven.plugins") + ":" + e.text(xml, "artifactId", "")),
            new Section(new String[] {"repositories"}, "repository", (xml, e) -> e.text(xml, "id", "")));

    private enum Kind { INSERT, REPLACE, REMOVE }

    /** One change of one entry, and to which of the two texts (base, ours) it applies. */
    private record Change(Section section, String key, Kind kind, boolean toBase, boolean toOurs) {
    }

    private record Doc(String xml, Element root) {
        static Doc of(String xml) {
            return new Doc(xml, XmlElements.parse(xml));
        }

        Map<String, Element> entries(Section s) {
            Map<String, Element> out = new LinkedHashMap<>();
            root.path(s.path()).ifPresent(sec -> (s.entry() == null ? sec.children() : sec.children(s.entry()))
                    .forEach(e -> out.putIfAbsent(s.key().apply(xml, e), e)));
            return out;
        }

        boolean has(Section s) {
            return root.path(s.path()).isPresent();
        }

        /** The entry with the comments directly above it. */
        String text(Element e) {
            return xml.substring(leadStart(e), e.end());
        }

        int leadStart(Element e) {
            int start = e.start();
            while (true) {
                int j = start;
                while (j > 0 && Character.isWhitespace(xml.charAt(j - 1))) {
                    j--;
                }
                if (j >= 3 && xml.startsWith("-->", j - 3)) {
                    int open = xml.lastIndexOf("<!--", j - 3);
                    if (open < 0) {
                        return start;
                    }
                    start = open;
                } else {
                    return start;
                }
            }
        }

        String indent(int pos) {
            int lineStart = xml.lastIndexOf('\n', pos - 1) + 1;
            String before = xml.substring(lineStart, pos);
            return before.isBlank() ? before : "";
        }
    }

    @Override
    public MergedText merge(String base, String ours, String theirs) {
        try {
            Doc b = Doc.of(base);
            Doc o = Doc.of(ours);
            Doc t = Doc.of(theirs);
            List<String> notes = new ArrayList<>();
            List<Change> changes = decide(b, o, t, notes);
            String basePrime = apply(b, t, changes, true);
            String oursPrime = apply(o, t, changes, false);
            MergedText lines = new LineMerge().merge(basePrime, oursPrime, theirs);
            return new MergedText(lines.text(), lines.conflicted(), notes);
        } catch (XmlElements.Malformed e) {
            MergedText lines = new LineMerge().merge(base, ours, theirs);
            return new MergedText(lines.text(), lines.conflicted(),
                    List.of("not well-formed for a structural merge (" + e.getMessage() + "): merged line by line"));
        }
    }

    private static List<Change> decide(Doc b, Doc o, Doc t, List<String> notes) {
        List<Change> changes = new ArrayList<>();
        for (Section s : SECTIONS) {
            if (!b.has(s) || !o.has(s)) {
                continue; // a section new in the template comes in through the line merge; one the user dropped stays dropped
            }
            Map<String, Element> be = b.entries(s);
            Map<String, Element> oe = o.entries(s);
            Map<String, Element> te = t.entries(s);
            String what = String.join("/", s.path()) + " " + (s.entry() == null ? "" : s.entry() + " ");
            for (Map.Entry<String, Element> theirs : te.entrySet()) {
                String key = theirs.getKey();
                String tt = norm(t.text(theirs.getValue()));
                Element baseEl = be.get(key);
                Element oursEl = oe.get(key);
                String ot = oursEl == null ? null : norm(o.text(oursEl));
                if (baseEl == null) {
                    changes.add(new Change(s, key, Kind.INSERT, true, oursEl == null));
                    if (ot != null && !ot.equals(tt)) {
                        notes.add(what + key + ": kept yours (the template adds it too)");
                    }
                } else if (!norm(b.text(baseEl)).equals(tt)) {
                    String bt = norm(b.text(baseEl));
                    if (ot == null) {
                        changes.add(new Change(s, key, Kind.REPLACE, true, false));
                        notes.add(what + key + ": stays deleted (the template changed it)");
                    } else if (ot.equals(bt)) {
                        changes.add(new Change(s, key, Kind.REPLACE, true, true));
                    } else if (ot.equals(tt)) {
                        changes.add(new Change(s, key, Kind.REPLACE, true, false));
                    } else {
                        notes.add(what + key + ": changed by you and by the template");
                    }
                }
            }
            for (Map.Entry<String, Element> baseEntry : be.entrySet()) {
                String key = baseEntry.getKey();
                if (te.containsKey(key)) {
                    continue;
                }
                Element oursEl = oe.get(key);
                boolean unchanged = oursEl != null && norm(o.text(oursEl)).equals(norm(b.text(baseEntry.getValue())));
                changes.add(new Change(s, key, Kind.REMOVE, true, unchanged));
                if (oursEl != null && !unchanged) {
                    notes.add(what + key + ": kept yours (the template no longer has it)");
                }
            }
        }
        return changes;
    }

    /** {@code doc} with the changes for it applied, as text edits. */
    private static String apply(Doc doc, Doc theirs, List<Change> changes, boolean isBase) {
        TextEdits edits = new TextEdits();
        for (Section s : SECTIONS) {
            List<Change> mine = changes.stream().filter(c -> c.section() == s && (isBase ? c.toBase() : c.toOurs())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Map<String, Element> de = doc.entries(s);
            Map<String, Element> te = theirs.entries(s);
            if (de.isEmpty()) {
                throw new XmlElements.Malformed(String.join("/", s.path()) + " has no entries to place new ones by");
            }
            String indent = doc.indent(doc.leadStart(de.values().iterator().next()));
            int anchor = -1;
            for (Map.Entry<String, Element> theirsEntry : te.entrySet()) {
                String key = theirsEntry.getKey();
                Element present = de.get(key);
                Change change = mine.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
                String text = change == null ? null : reindent(theirs.text(theirsEntry.getValue()),
                        theirs.indent(theirs.leadStart(theirsEntry.getValue())), indent);
                if (change != null && change.kind() == Kind.INSERT && present == null) {
                    if (anchor < 0) {
                        edits.insert(doc.leadStart(de.values().iterator().next()), text + "\n" + indent);
                    } else {
                        edits.insert(anchor, "\n" + indent + text);
                    }
                } else if (change != null && change.kind() == Kind.REPLACE && present != null) {
                    edits.replace(doc.leadStart(present), present.end(), text);
                }
                if (present != null) {
                    anchor = present.end();
                }
            }
            for (Change c : mine) {
                Element present = de.get(c.key());
                if (c.kind() == Kind.REMOVE && present != null) {
                    edits.remove(doc.xml(), doc.leadStart(present), present.end());
                }
            }
        }
        return edits.applyTo(doc.xml());
    }

    private static String dependencyKey(String xml, Element e) {
        String classifier = e.text(xml, "classifier", "");
        return e.text(xml, "groupId", "") + ":" + e.text(xml, "artifactId", "")
                + (e.text(xml, "type", "jar").equals("jar") ? "" : ":" + e.text(xml, "type", "jar"))
                + (classifier.isEmpty() ? "" : ":" + classifier);
    }

    private static String norm(String xml) {
        return xml.replaceAll(">\\s+<", "><").strip();
    }

    private static String reindent(String text, String from, String to) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.append('\n').append(lines[i].startsWith(from) ? to + lines[i].substring(from.length()) : lines[i]);
        }
        return out.toString();
    }
}
