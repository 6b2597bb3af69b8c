package dev.stratum.audit.incremental;

import dev.stratum.audit.FileAnalysis;
import dev.stratum.audit.RawFinding;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * One file's {@link FileAnalysis} as the cache stores it: the {@link RecordCodec} bytes, deflated. An entry read
 * from the cache file stays a slice of that file's bytes until a run asks for it, and a run that reuses it writes
 * the same slice back, so an unchanged file is neither decoded twice nor encoded again.
 */
record CachedEntry(byte[] buffer, int offset, int length, int rawLength) {
    static final RecordCodec<FileAnalysis> CODEC = RecordCodec.of(FileAnalysis.class);

    static CachedEntry of(FileAnalysis analysis) {
        byte[] raw = CODEC.encode(analysis);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] out = new byte[raw.length + raw.length / 8 + 64];
            int n = 0;
            while (!deflater.finished()) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                n += deflater.deflate(out, n, out.length - n);
            }
            return new CachedEntry(out, 0, n, raw.length);
        } finally {
            deflater.end();
        }
    }

    /** The analysis, or {@link BinaryIn.Malformed} when the bytes are not a whole, well-formed one. */
    FileAnalysis decode() throws BinaryIn.Malformed {
        FileAnalysis a = CODEC.decode(inflate());
        if (!wellFormed(a)) {
            throw new BinaryIn.Malformed("is incomplete");
        }
        return a;
    }

    /** The {@link RecordCodec} bytes: exactly {@code rawLength} of them, or {@link BinaryIn.Malformed}. */
    byte[] inflate() throws BinaryIn.Malformed {
        byte[] raw = new byte[rawLength];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(buffer, offset, length);
            int n = 0;
            while (n < rawLength) {
                int got = inflater.inflate(raw, n, rawLength - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            // exactly the stated length and the end of the stream: more is refused, never buffered
            if (n != rawLength || !inflater.finished() && (inflater.inflate(new byte[1]) > 0 || !inflater.finished())) {
                throw new BinaryIn.Malformed("does not inflate to its stated length");
            }
        } catch (DataFormatException e) {
            throw new BinaryIn.Malformed("is not deflated data");
        } finally {
            inflater.end();
        }
        return raw;
    }

    /** Every entry names its file, and every finding in it is in that file. */
    private static boolean wellFormed(FileAnalysis a) {
        if (a == null || a.file() == null || a.facts() == null || a.findings() == null || a.suppressions() == null) {
            return false;
        }
        for (RawFinding f : a.findings()) {
            if (f == null || f.checkId() == null || f.message() == null || !a.file().equals(f.file())) {
                return false;
            }
        }
        return true;
    }
}
