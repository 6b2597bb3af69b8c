package dev.stratum.generate.update;

import dev.stratum.core.AtomicFileSet;
import dev.stratum.core.InputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a plan all or nothing through {@link AtomicFileSet}: every new content goes to a temporary sibling first,
 * then everything is renamed (or deleted) into place; a failure puts back what was changed and removes the
 * directories it created. Directories that a removal leaves empty are removed afterwards.
 */
final class PlanWriter {
    private PlanWriter() {
    }

    /** {@code executable}: whether the template writes an output path with execute permission (new files only). */
    static void write(ProjectFiles project, List<PlannedFile> files, byte[] record, String recordPath,
                      java.util.function.Predicate<String> executable) {
        AtomicFileSet set = new AtomicFileSet();
        List<Path> created = new ArrayList<>();
        List<Path> removed = new ArrayList<>();
        try {
            for (PlannedFile f : files) {
                if (!f.writes()) {
                    continue;
                }
                Path target = project.resolve(f.path());
                if (f.action() == PlannedFile.Action.REMOVED) {
                    set.delete(target);
                    removed.add(target);
                } else {
                    createParents(project.root(), target, created);
                    set.add(target, out -> out.write(f.after()), f.before() == null && executable.test(f.path()));
                }
            }
            Path recordFile = project.resolve(recordPath);
            createParents(project.root(), recordFile, created);
            set.add(recordFile, out -> out.write(record));
            set.write();
            created.clear();
        } finally {
            for (int i = created.size() - 1; i >= 0; i--) {
                deleteIfEmpty(created.get(i));
            }
        }
        for (Path file : removed) {
            for (Path dir = file.getParent(); dir != null && !dir.equals(project.root()); dir = dir.getParent()) {
                if (!deleteIfEmpty(dir)) {
                    break;
                }
            }
        }
    }

    private static void createParents(Path root, Path target, List<Path> created) {
        List<Path> missing = new ArrayList<>();
        for (Path dir = target.getParent(); !dir.equals(root) && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS); dir = dir.getParent()) {
            missing.add(0, dir);
        }
        for (Path dir : missing) {
            try {
                Files.createDirectory(dir);
                created.add(dir);
            } catch (IOException e) {
                throw new InputException("cannot create directory " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean deleteIfEmpty(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try {
            Files.delete(dir);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
