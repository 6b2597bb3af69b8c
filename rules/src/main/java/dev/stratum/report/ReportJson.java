package dev.stratum.report;

import dev.stratum.core.Printable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratum.finding.Finding;
import dev.stratum.finding.ProcessingWarning;

/** Shared Jackson set-up and node builders for the JSON-based formats. */
final class ReportJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        // Jackson escapes C0 controls itself; DEL, C1, line separators and bidi controls are valid JSON but reach
        // terminals and viewers raw, so they are written as \\u escapes too.
        MAPPER.getFactory().setCharacterEscapes(new ControlEscapes());
    }

    /** \\uXXXX for every character {@link Printable} escapes; Jackson's standard escapes for the rest. */
    private static final class ControlEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        ControlEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            if (ch <= 0xffff && Printable.needsEscape((char) ch)) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }

    private ReportJson() {
    }

    /** One finding in the shared schema (v2: {@code locations} lists the further places of a folded finding). */
    static ObjectNode finding(Finding f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", f.id());
        n.put("area", f.rule().area());
        n.put("severity", f.severity().id());
        n.put("title", f.rule().title());
        n.put("message", f.message());
        n.put("class", f.className());
        n.put("file", f.file());
        n.put("line", f.line());
        n.put("endLine", f.endLine());
        n.put("fingerprint", f.fingerprint());
        n.put("fix", f.rule().fix());
        var related = n.putArray("locations");
        for (dev.stratum.finding.Location l : f.related()) {
            related.addObject().put("file", l.file()).put("line", l.line()).put("endLine", l.endLine());
        }
        return n;
    }

    static ObjectNode warning(ProcessingWarning w) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("file", w.file());
        n.put("message", w.message());
        return n;
    }
}
