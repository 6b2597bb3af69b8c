package dev.stratum.generate;

import dev.stratum.core.InputException;
import dev.stratum.core.UsageException;
import java.util.function.Supplier;

/**
 * Runs the whole render phase on a thread of its own, so that its limits are Stratum's and not the JVM's: a stack of
 * {@link RenderLimits#stackBytes()} (a macro or include that calls itself ends there, not in the caller's stack),
 * and a deadline at which the thread is interrupted (templates are post-processed so that every loop checks for
 * that). Whatever goes wrong on that thread becomes one line naming the template file being rendered.
 */
final class RenderWorker {
    /** How long an interrupted render may take to notice before Stratum reports the time limit anyway. */
    private static final long GRACE_MILLIS = 2_000;

    private RenderWorker() {
    }

    static <T> T run(RenderBudget budget, Supplier<String> where, Supplier<T> work) {
        Outcome<T> outcome = new Outcome<>();
        Thread worker = new Thread(null, () -> outcome.complete(work), "stratum-render", budget.limits().stackBytes());
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(Math.max(1, budget.remainingNanos() / 1_000_000));
            if (worker.isAlive()) {
                worker.interrupt();
                worker.join(GRACE_MILLIS);
                // A render stuck in code that never checks (it would need to be a FreeMarker built-in looping on its
                // own) is left behind: the thread is a daemon and the process ends with the error below.
                throw timeLimit(budget, where.get());
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while rendering " + where.get(), e);
        }
        return outcome.get(budget, where.get());
    }

    private static UsageException timeLimit(RenderBudget budget, String where) {
        return new UsageException(where + ": rendering took longer than the " + budget.limits().timeoutText()
                + " limit (an endless <#list>, or far too much work); raise it with --render-timeout SECONDS");
    }

    /** Written by the worker before it ends; read after join, which orders the two. */
    private static final class Outcome<T> {
        private T value;
        private Throwable failure;

        void complete(Supplier<T> work) {
            try {
                value = work.get();
            } catch (Throwable t) {
                // Deliberate: this is the bottom of the render thread's stack. Errors are reported by get() below.
                failure = t;
            }
        }

        T get(RenderBudget budget, String where) {
            if (failure == null) {
                return value;
            }
            if (failure instanceof StackOverflowError) {
                throw new UsageException(where + ": templates nest too deeply (a macro, function or #include that "
                        + "calls itself without end?); the render stack is " + RenderLimits.mib(budget.limits().stackBytes()));
            }
            if (failure instanceof OutOfMemoryError) {
                throw new UsageException(where + ": ran out of memory while rendering (gigantic text built in "
                        + "<#assign>, <#attempt> or a built-in such as ?left_pad)");
            }
            if (budget.remainingNanos() <= 0) {
                throw timeLimit(budget, where);
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failure);
        }
    }
}
