package dev.stratum.generate.update;

import dev.stratum.core.Printable;
import dev.stratum.core.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The safety net of an update is the user's version control: a project inside a git working tree must have no
 * uncommitted changes (untracked files included), so that every change Stratum makes can be reviewed and undone.
 * Read with JGit (no git binary needed, no hooks run); a project outside any repository is not checked.
 */
final class WorkingTree {
    private WorkingTree() {
    }

    static void requireClean(Path project) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.toFile());
        if (builder.getGitDir() == null) {
            return;
        }
        try (Repository repo = builder.build(); Git git = new Git(repo)) {
            Path work = repo.getWorkTree().toPath().toRealPath();
            String relative = work.relativize(project.toRealPath()).toString().replace('\\', '/');
            StatusCommand command = git.status();
            if (!relative.isEmpty()) {
                command.addPath(relative);
            }
            Status status = command.call();
            Set<String> dirty = new TreeSet<>(status.getUncommittedChanges());
            dirty.addAll(status.getUntracked());
            if (!dirty.isEmpty()) {
                throw new UsageException(project + " has uncommitted changes in git (" + Printable.escape(dirty.iterator().next())
                        + (dirty.size() > 1 ? " and " + (dirty.size() - 1) + " more" : "")
                        + "): commit or stash them first, so the update can be reviewed and undone, or use --force");
            }
        } catch (NoWorkTreeException e) {
            // a bare repository has no working tree to protect
        } catch (IOException | GitAPIException e) {
            throw new UsageException(project + ": cannot read the git status (" + e.getMessage()
                    + "); use --force to update without that check", e);
        }
    }
}
