package dev.stratum.image;

import dev.stratum.core.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks a {@code --base tar:PATH} before jib unpacks it: a tar archive whose headers are intact (checksums),
 * whose entries are all there (not truncated), holding the {@code manifest.json} of a docker-format image
 * ({@code docker save}, {@code stratum image --tar}). Only headers are read; entry data is skipped. jib's own
 * messages for such files name its temporary directory or say only "Corrupted TAR archive".
 */
final class BaseImageTar {
    private static final int BLOCK = 512;

    private BaseImageTar() {
    }

    static void check(Path tar) {
        try (FileChannel channel = FileChannel.open(tar, StandardOpenOption.READ)) {
            long size = channel.size();
            long position = 0;
            boolean manifest = false;
            ByteBuffer header = ByteBuffer.allocate(BLOCK);
            while (true) {
                if (position + BLOCK > size) {
                    if (position == 0) {
                        throw problem(tar, "is not a tar archive (" + size + " bytes)");
                    }
                    throw problem(tar, "is truncated: it ends inside an entry header");
                }
                header.clear();
                channel.read(header, position);
                byte[] h = header.array();
                if (allZero(h)) {
                    break; // end-of-archive marker
                }
                if (!checksumMatches(h)) {
                    throw problem(tar, position == 0 ? "is not a tar archive (corrupt or another format)"
                            : "is corrupt: the entry header at byte " + position + " has a wrong checksum");
                }
                long length = octal(h, 124, 12);
                if (length < 0) {
                    throw problem(tar, "is corrupt: the entry at byte " + position + " has an invalid size");
                }
                String name = text(h, 345, 155).isEmpty() ? text(h, 0, 100) : text(h, 345, 155) + "/" + text(h, 0, 100);
                manifest |= name.equals("manifest.json") || name.equals("./manifest.json");
                long data = (length + BLOCK - 1) / BLOCK * BLOCK;
                if (position + BLOCK + length > size) {
                    throw problem(tar, "is truncated: entry " + ImageReferences.shown(name) + " needs " + length
                            + " bytes, the file ends before");
                }
                position += BLOCK + data;
            }
            if (!manifest) {
                throw problem(tar, "has no manifest.json: expected a docker-format image tar (docker save, or "
                        + "stratum image --tar FILE --format docker)");
            }
        } catch (IOException e) {
            throw new InputException("cannot read base image tar " + tar + ": " + e.getMessage(), e);
        }
    }

    private static InputException problem(Path tar, String what) {
        return new InputException("base image tar " + tar + " " + what);
    }

    private static boolean allZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** The header checksum: the sum of its bytes with the checksum field counted as spaces. */
    private static boolean checksumMatches(byte[] h) {
        long expected = octal(h, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
        }
        return expected == sum;
    }

    /** An octal field (NUL or space terminated); -1 when it is not one. Base-256 sizes (over 8 GiB) are refused. */
    private static long octal(byte[] h, int offset, int length) {
        long value = 0;
        boolean digits = false;
        for (int i = offset; i < offset + length; i++) {
            byte b = h[i];
            if (b == 0 || (b == ' ' && digits)) {
                break;
            }
            if (b == ' ') {
                continue;
            }
            if (b < '0' || b > '7') {
                return -1;
            }
            value = value * 8 + (b - '0');
            digits = true;
        }
        return digits ? value : -1;
    }

    private static String text(byte[] h, int offset, int length) {
        int end = offset;
        while (end < offset + length && h[end] != 0) {
            end++;
        }
        return new String(h, offset, end - offset, StandardCharsets.UTF_8);
    }
}
