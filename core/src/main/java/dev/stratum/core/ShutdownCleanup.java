package dev.stratum.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files and directories that must not outlive the process when it is stopped by Ctrl-C or SIGTERM.
 * One JVM shutdown hook, installed on first use, deletes whatever is still registered; normal code unregisters a
 * path once it has been renamed into place. (SIGKILL cannot be handled; the leftovers are hidden, recognisable
 * {@code .stratum-tmp} siblings and never replace the real file.)
 */
public final class ShutdownCleanup {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final Thread HOOK = new Thread(ShutdownCleanup::runNow, "stratum-cleanup");
    private static volatile boolean installed;

    private ShutdownCleanup() {
    }

    public static void register(Path path) {
        install();
        PENDING.add(path.toAbsolutePath());
    }

    public static void unregister(Path path) {
        PENDING.remove(path.toAbsolutePath());
    }

    private static synchronized void install() {
        if (!installed) {
            try {
                Runtime.getRuntime().addShutdownHook(HOOK);
            } catch (IllegalStateException alreadyShuttingDown) {
                return;
            }
            installed = true;
        }
    }

    /** Deletes every registered path (the hook's body; also callable by tests). */
    static void runNow() {
        List<Path> paths = new ArrayList<>(PENDING);
        for (Path path : paths) {
            FileTrees.deleteQuietly(path);
            PENDING.remove(path);
        }
    }

}
