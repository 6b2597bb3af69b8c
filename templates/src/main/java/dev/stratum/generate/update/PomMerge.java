package dev.stratum.generate.update;

import dev.stratum.generate.update.XmlElements.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Merges {@code pom.xml} structurally. The template's new pom is taken as it is, and the user's own changes to
 * its dependencies, BOM imports, plugins, properties and repositories (entries the user added, changed or removed
 * since base) are applied to it by editing its text: an added entry goes before the entry that follows it in the
 * user's pom (or at the end of its section), in the user's own text and comments. So a template that reorders or
 * restructures its pom (a new writer, a moved section) cannot conflict with a dependency the user added.
 *
 * <p>The same edits applied to the base give base*, which then differs from the user's pom only outside those
 * entries (a changed description, a plugin configuration), and a line merge of (base*, ours, theirs*) brings those
 * edits in; the user's formatting of the entries comes through it too. An entry both sides changed is left alone,
 * so the line merge marks it as a conflict. A pom that is not well-formed enough to locate its entries is merged
 * line by line, with a note.
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

    /** One change the user made to one entry, and to which of the two texts (base, theirs) it is applied. */
    private record Change(Section section, String key, Kind kind, boolean toBase, boolean toTheirs) {
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

        /** The start of the line holding {@code pos} when only blanks precede it there, else {@code pos}. */
        int lineStart(int pos) {
            int lineStart = xml.lastIndexOf('\n', pos - 1) + 1;
            return xml.substring(lineStart, pos).isBlank() ? lineStart : pos;
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
            String basePrime = apply(b, o, changes, true);
            String theirsPrime = apply(t, o, changes, false);
            MergedText lines = new LineMerge().merge(basePrime, ours, theirsPrime);
            return new MergedText(lines.text(), lines.conflicted(), notes);
        } catch (XmlElements.Malformed e) {
            MergedText lines = new LineMerge().merge(base, ours, theirs);
            return new MergedText(lines.text(), lines.conflicted(),
                    List.of("not well-formed for a structural merge (" + e.getMessage() + "): merged line by line"));
        }
    }

    /** The user's changes since base, and whether each applies to base* and theirs*. */
    private static List<Change> decide(Doc b, Doc o, Doc t, List<String> notes) {
        List<Change> changes = new ArrayList<>();
        for (Section s : SECTIONS) {
            if (!b.has(s) || !o.has(s) || !t.has(s)) {
                continue; // a section one side added or dropped as a whole is merged line by line
            }
            Map<String, Element> be = b.entries(s);
            Map<String, Element> oe = o.entries(s);
            Map<String, Element> te = t.entries(s);
            String what = String.join("/", s.path()) + " " + (s.entry() == null ? "" : s.entry() + " ");
            for (Map.Entry<String, Element> mine : oe.entrySet()) {
                String key = mine.getKey();
                String ot = norm(o.text(mine.getValue()));
                Element baseEl = be.get(key);
                Element theirsEl = te.get(key);
                String tt = theirsEl == null ? null : norm(t.text(theirsEl));
                if (baseEl == null) {
                    if (theirsEl == null) {
                        changes.add(new Change(s, key, Kind.INSERT, true, true));
                    } else if (!tt.equals(ot)) {
                        changes.add(new Change(s, key, Kind.REPLACE, false, true));
                        notes.add(what + key + ": kept yours (the template adds it too)");
                    }
                    continue;
                }
                String bt = norm(b.text(baseEl));
                if (bt.equals(ot)) {
                    continue; // as generated: the template's version (or its removal) stands
                }
                if (theirsEl == null) {
                    changes.add(new Change(s, key, Kind.REPLACE, true, false));
                    changes.add(new Change(s, key, Kind.INSERT, false, true));
                    notes.add(what + key + ": kept yours (the template no longer has it)");
                } else if (tt.equals(bt)) {
                    changes.add(new Change(s, key, Kind.REPLACE, true, true));
                } else if (!tt.equals(ot)) {
                    notes.add(what + key + ": changed by you and by the template");
                }
            }
            for (Map.Entry<String, Element> baseEntry : be.entrySet()) {
                String key = baseEntry.getKey();
                if (oe.containsKey(key)) {
                    continue;
                }
                Element theirsEl = te.get(key);
                changes.add(new Change(s, key, Kind.REMOVE, true, theirsEl != null));
                if (theirsEl != null && !norm(t.text(theirsEl)).equals(norm(b.text(baseEntry.getValue())))) {
                    notes.add(what + key + ": stays deleted (the template changed it)");
                }
            }
        }
        return changes;
    }

    /** {@code doc} (base or theirs) with the user's changes for it applied, taken from {@code ours}, as text edits. */
    private static String apply(Doc doc, Doc ours, List<Change> changes, boolean isBase) {
        TextEdits edits = new TextEdits();
        for (Section s : SECTIONS) {
            List<Change> mine = changes.stream().filter(c -> c.section() == s && (isBase ? c.toBase() : c.toTheirs())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Map<String, Element> de = doc.entries(s);
            List<Map.Entry<String, Element>> oe = new ArrayList<>(ours.entries(s).entrySet());
            if (de.isEmpty()) {
                throw new XmlElements.Malformed(String.join("/", s.path()) + " has no entries to place new ones by");
            }
            Element last = new ArrayList<>(de.values()).get(de.size() - 1);
            for (Change c : mine) {
                Element present = de.get(c.key());
                if (c.kind() == Kind.REMOVE) {
                    if (present != null) {
                        edits.remove(doc.xml(), doc.leadStart(present), present.end());
                    }
                    continue;
                }
                int at = indexOf(oe, c.key());
                Element own = oe.get(at).getValue();
                if (c.kind() == Kind.REPLACE && present != null) {
                    edits.replace(doc.leadStart(present), present.end(), ours.text(own));
                } else if (c.kind() == Kind.INSERT && present == null) {
                    // The user's own lines, byte for byte (indentation and comments included).
                    String lines = ours.xml().substring(ours.lineStart(ours.leadStart(own)), own.end());
                    Element successor = null;
                    for (int i = at + 1; i < oe.size() && successor == null; i++) {
                        successor = de.get(oe.get(i).getKey());
                    }
                    if (successor != null) {
                        edits.insert(doc.lineStart(doc.leadStart(successor)), lines + "\n");
                    } else {
                        edits.insert(last.end(), "\n" + lines);
                    }
                }
            }
        }
        return edits.applyTo(doc.xml());
    }

    private static int indexOf(List<Map.Entry<String, Element>> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getKey().equals(key)) {
                return i;
            }
        }
        throw new IllegalStateException("no entry " + key);
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
}
