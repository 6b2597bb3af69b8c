package dev.stratum.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a project directory is checked out at, read from {@code .git} files directly (loose refs,
 * packed-refs, worktrees) so no git executable is needed and nothing from the repository is run.
 */
public final class GitRevisionReader {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    public Optional<String> read(Path projectDir) {
        try {
            for (Path dir = projectDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path dotGit = dir.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return revision(dotGit, dotGit);
                }
                if (Files.isRegularFile(dotGit)) {
                    String line = firstLine(dotGit);
                    if (line == null || !line.startsWith("gitdir:")) {
                        return Optional.empty();
                    }
                    Path gitDir = dir.resolve(line.substring("gitdir:".length()).strip()).normalize();
                    Path common = gitDir;
                    Path commonFile = gitDir.resolve("commondir");
                    if (Files.isRegularFile(commonFile)) {
                        common = gitDir.resolve(firstLine(commonFile)).normalize();
                    }
                    return revision(gitDir, common);
                }
            }
        } catch (IOException e) {
            // An unreadable repository only costs the revision label.
        }
        return Optional.empty();
    }

    private static Optional<String> revision(Path gitDir, Path commonDir) throws IOException {
        String head = firstLine(gitDir.resolve("HEAD"));
        if (head == null) {
            return Optional.empty();
        }
        if (SHA.matcher(head).matches()) {
            return Optional.of(head);
        }
        if (!head.startsWith("ref:")) {
            return Optional.empty();
        }
        String ref = head.substring(4).strip();
        for (Path base : new Path[] {gitDir, commonDir}) {
            Path loose = base.resolve(ref).normalize();
            if (loose.startsWith(base) && Files.isRegularFile(loose)) {
                String sha = firstLine(loose);
                return sha != null && SHA.matcher(sha).matches() ? Optional.of(sha) : Optional.empty();
            }
        }
        Path packed = commonDir.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                String[] parts = line.split(" ", 2);
                if (parts.length == 2 && parts[1].strip().equals(ref) && SHA.matcher(parts[0]).matches()) {
                    return Optional.of(parts[0]);
                }
            }
        }
        return Optional.empty(); // unborn branch: no commit yet
    }

    private static String firstLine(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }
}
