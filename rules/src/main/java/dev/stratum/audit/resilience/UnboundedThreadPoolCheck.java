package dev.stratum.audit.resilience;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** RE008: Executors.newCachedThreadPool(): one new thread per task with no upper bound. */
public final class UnboundedThreadPoolCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("RE008", AuditArea.RESILIENCE, Severity.LOW,
            "Unbounded thread pool",
            "A cached thread pool creates a thread for every task it cannot hand to an idle one. Under a burst, or "
                    + "when a downstream slows down, thousands of threads exhaust memory and the process dies.",
            "Use a bounded ThreadPoolExecutor (fixed maximum, bounded queue, a rejection policy), Spring's "
                    + "ThreadPoolTaskExecutor, or virtual threads with a semaphore around the scarce resource.",
            "ExecutorService pool = Executors.newCachedThreadPool();",
            "ExecutorService pool = new ThreadPoolExecutor(8, 32, 60, SECONDS, new ArrayBlockingQueue<>(500));")
            .scope("Calls of Executors.newCachedThreadPool(..) written with the simple class name.",
                    "Other executors without a thread bound (new ThreadPoolExecutor with Integer.MAX_VALUE threads "
                            + "and a SynchronousQueue, a ThreadPoolTaskExecutor with queueCapacity 0 and no "
                            + "maxPoolSize, a new Thread per task), a statically imported or fully qualified call; "
                            + "a cached pool that only ever gets a handful of tasks is reported too.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("newCachedThreadPool")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (ClientChains.staticCall(call, "Executors", "newCachedThreadPool")) {
                sink.report(this, call, "Executors.newCachedThreadPool() has no bound on the number of threads");
            }
        }
    }
}
