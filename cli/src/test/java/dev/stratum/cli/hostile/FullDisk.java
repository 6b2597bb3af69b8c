package dev.stratum.cli.hostile;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real full disk: a tmpfs of a few KiB mounted on a directory of the test's own (root can mount; CI runs as
 * root). {@link #fill()} writes until the kernel answers ENOSPC. Skipped where mounting is not allowed; the
 * AtomicFiles unit test covers the same path with a failing writer there.
 */
public final class FullDisk implements AutoCloseable {
    private final Path mountPoint;

    private FullDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    public static FullDisk mount(Path mountPoint, int kib) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", mountPoint.toString())
                .redirectErrorStream(true).start();
        boolean ok = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(ok, "cannot mount a tmpfs here (needs root): " + new String(p.getInputStream().readAllBytes()));
        return new FullDisk(mountPoint);
    }

    public Path root() {
        return mountPoint;
    }

    /** Takes every free byte, so the next write fails with "No space left on device". */
    public FullDisk fill() throws IOException {
        try (OutputStream out = Files.newOutputStream(mountPoint.resolve(".filler"))) {
            byte[] block = new byte[1024];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException expected) {
            if (!String.valueOf(expected.getMessage()).contains("No space left")) {
                throw expected;
            }
        }
        return this;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", mountPoint.toString()).start().waitFor(10, TimeUnit.SECONDS);
    }
}
