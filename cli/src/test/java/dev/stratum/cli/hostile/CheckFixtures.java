package dev.stratum.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.core.FileTrees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import javax.tools.ToolProvider;

/**
 * Inputs for the check and init cases, generated at test time: a tiny layered project with one known layer breach,
 * class files compiled from source strings, jars, zip bombs and rules jars, and a stdout that fails like /dev/full.
 */
final class CheckFixtures {
    /** web -> persistence is not allowed: exactly one "layers" finding group (the field and the call). */
    static final Map<String, String> SHOP = Map.of(
            "com/acme/shop/web/OrderController.java", """
                    package com.acme.shop.web;
                    public class OrderController {
                        private final com.acme.shop.persistence.OrderRepository orders = new com.acme.shop.persistence.OrderRepository();
                        public int count() { return orders.count(); }
                    }
                    """,
            "com/acme/shop/persistence/OrderRepository.java", """
                    package com.acme.shop.persistence;
                    public class OrderRepository {
                        public int count() { return 0; }
                    }
                    """);

    static final String CONFIG = """
            check:
              layers:
                web: "com.acme.shop.web.."
                persistence: "com.acme.shop.persistence.."
              access:
                web: []
                persistence: []
            """;

    private CheckFixtures() {
    }

    /** A Maven-style project in {@code dir}: pom.xml, stratum.yaml and target/classes compiled from {@link #SHOP}. */
    static Path project(Path dir) throws IOException {
        return project(dir, CONFIG);
    }

    static Path project(Path dir, String config) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        if (config != null) {
            Files.writeString(dir.resolve("stratum.yaml"), config);
        }
        compile(dir.resolve("target/classes"), SHOP, null);
        return dir;
    }

    /** Compiles {@code sources} (relative path -> text) into {@code out}; {@code classpath} may be null. */
    static Path compile(Path out, Map<String, String> sources, String classpath) throws IOException {
        Path src = Files.createTempDirectory(out.getParent() == null ? Path.of(".") : ensure(out.getParent()), ".src");
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "-g", "-nowarn",
                "-proc:none"));
        if (classpath != null) {
            args.addAll(List.of("-cp", classpath));
        }
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        Files.createDirectories(out);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, errors, args.toArray(String[]::new));
        assertThat(rc).as("javac: %s", errors).isZero();
        FileTrees.delete(src);
        return out;
    }

    private static Path ensure(Path dir) throws IOException {
        return Files.createDirectories(dir);
    }

    /** A jar of every file under {@code classes}, with {@code manifest} (may be null). */
    static Path jar(Path jar, Path classes, Manifest manifest) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream j = manifest == null ? new JarOutputStream(out) : new JarOutputStream(out, manifest);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(p));
                j.closeEntry();
            }
        }
        return jar;
    }

    /** A jar with entries given by name and bytes (names are written as they are: "../../evil.class"). */
    static Path jarOf(Path jar, Map<String, byte[]> entries) throws IOException {
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue());
                j.closeEntry();
            }
        }
        return jar;
    }

    /**
     * A zip bomb: a jar of a few MiB whose one entry {@code name} inflates to {@code inflated} bytes of zeros (plus
     * the real class files under {@code classes}). The deflate stream is assembled from one repeated block, so making
     * a multi-GiB bomb takes milliseconds; its CRC is not computed (nothing should ever read that far).
     */
    static Path zipBomb(Path jar, String name, long inflated, Path classes) throws IOException {
        int chunk = 1 << 20;
        long chunks = inflated / chunk;
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] zeros = new byte[chunk];
        byte[] first = deflate(deflater, zeros, Deflater.SYNC_FLUSH);
        byte[] middle = deflate(deflater, zeros, Deflater.SYNC_FLUSH);
        deflater.finish();
        byte[] last = deflate(deflater, new byte[0], Deflater.NO_FLUSH);
        deflater.end();
        long compressed = first.length + middle.length * (chunks - 1) + last.length;
        Files.createDirectories(jar.toAbsolutePath().getParent());
        // the real classes first (an ordinary jar), then the bomb appended by hand
        Path normal = jar.resolveSibling(jar.getFileName() + ".part");
        jar(normal, classes, null);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(jar))) {
            out.write(header(0x04034b50, nameBytes, compressed, chunks * chunk, 0, false));
            out.write(first);
            for (long i = 1; i < chunks; i++) {
                out.write(middle);
            }
            out.write(last);
            long offset = 30 + nameBytes.length + compressed;
            // entries of the normal jar, shifted behind the bomb: copy them with a fresh central directory
            List<byte[]> central = new ArrayList<>();
            central.add(header(0x02014b50, nameBytes, compressed, chunks * chunk, 0, true));
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(normal.toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    byte[] data = zip.getInputStream(e).readAllBytes();
                    byte[] n = e.getName().getBytes(StandardCharsets.UTF_8);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(data);
                    out.write(stored(0x04034b50, n, data.length, crc.getValue(), 0, false));
                    out.write(data);
                    central.add(stored(0x02014b50, n, data.length, crc.getValue(), offset, true));
                    offset += 30 + n.length + data.length;
                }
            }
            long size = 0;
            for (byte[] c : central) {
                out.write(c);
                size += c.length;
            }
            ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) central.size())
                    .putShort((short) central.size()).putInt((int) size).putInt((int) offset).putShort((short) 0);
            out.write(end.array());
        }
        Files.delete(normal);
        return jar;
    }

    private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        while (true) {
            int n = deflater.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
            if (n < buf.length && (deflater.needsInput() || deflater.finished())) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static byte[] header(int signature, byte[] name, long compressed, long size, long offset, boolean central) {
        return entryHeader(signature, name, 8, compressed, size, 0, offset, central);
    }

    private static byte[] stored(int signature, byte[] name, long size, long crc, long offset, boolean central) {
        return entryHeader(signature, name, 0, size, size, crc, offset, central);
    }

    private static byte[] entryHeader(int signature, byte[] name, int method, long compressed, long size, long crc,
                                      long offset, boolean central) {
        ByteBuffer b = ByteBuffer.allocate((central ? 46 : 30) + name.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(signature);
        if (central) {
            b.putShort((short) 20);
        }
        b.putShort((short) 20).putShort((short) 0).putShort((short) method).putShort((short) 0).putShort((short) 0x21)
                .putInt((int) crc).putInt((int) compressed).putInt((int) size).putShort((short) name.length).putShort((short) 0);
        if (central) {
            b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset);
        }
        b.put(name);
        return b.array();
    }

    /** A rules jar with one class {@code team.TeamRules} whose body is {@code members} (compiled against ArchUnit). */
    static Path rulesJar(Path dir, String members) throws IOException {
        Path classes = compile(dir.resolve("rules-classes"), Map.of("team/TeamRules.java", """
                package team;

                import com.tngtech.archunit.core.domain.JavaClasses;
                import com.tngtech.archunit.junit.ArchTest;
                import com.tngtech.archunit.lang.ArchRule;
                import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

                public class TeamRules {
                """ + members + "\n}\n"), System.getProperty("java.class.path"));
        return jar(dir.resolve("team-rules.jar"), classes, null);
    }

    /** A stdout like /dev/full: every write fails with ENOSPC's message. */
    static PrintWriter fullStdout() {
        return new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true);
    }

}
