package dev.stratum.audit.resilience;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** RE007: Thread.sleep while handling a web request. */
public final class SleepInRequestHandlerCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("RE007", AuditArea.RESILIENCE, Severity.MEDIUM,
            "Thread.sleep in request handling",
            "Sleeping in a controller holds a request thread doing nothing; a handful of concurrent requests "
                    + "exhausts the pool and the whole service stops answering (and in WebFlux it blocks the event loop).",
            "Retry with a backoff policy outside the request thread (Resilience4j Retry, a scheduled job, a queue), "
                    + "or return 202 and finish asynchronously.",
            "@PostMapping(\"/pay\") Receipt pay(..) { Thread.sleep(2000); return client.status(id); }",
            "@Retry(name = \"payments\") public Receipt status(String id) { ... }  // backoff configured, no sleep")
            .scope("Thread.sleep(..) and TimeUnit.X.sleep(..) calls written inside a class annotated @RestController "
                            + "or @Controller (any of its methods and lambdas).",
                    "Sleeps in the services, clients or filters a controller calls, in WebFlux router functions, "
                            + "written as java.lang.Thread.sleep, a static import or a statically imported TimeUnit "
                            + "constant (SECONDS.sleep), other blocking waits (LockSupport.park, Object.wait, "
                            + "polling loops); a sleep in a task the controller hands to an executor is reported "
                            + "too.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("sleep(") || !file.mentions("Controller")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (!call.getNameAsString().equals("sleep") || call.getScope().isEmpty()) {
                continue;
            }
            String scope = call.getScope().get().toString();
            if ((scope.equals("Thread") || scope.startsWith("TimeUnit.")) && Syntax.inController(call)) {
                sink.report(this, call, scope + ".sleep(..) blocks a request thread in a controller");
            }
        }
    }
}
