package dev.stratum.audit.resilience;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.audit.model.ProjectType;
import dev.stratum.audit.model.ProjectTypes;
import dev.stratum.audit.model.TypeKind;
import dev.stratum.audit.model.Variable;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * RE012: {@code CompletableFuture.runAsync/supplyAsync} without an executor, once per element of a loop or
 * collection, with tasks that block (HTTP, mail, database). They all run on the JVM-wide common ForkJoinPool.
 */
public final class CommonPoolBlockingCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("RE012", AuditArea.RESILIENCE, Severity.MEDIUM,
            "Blocking tasks fanned out on the common ForkJoinPool",
            "CompletableFuture.runAsync/supplyAsync without an executor runs on the common ForkJoinPool, sized for CPU "
                    + "work (cores - 1 threads) and shared by the whole JVM (parallel streams, other async code). One "
                    + "task per element that waits on HTTP, SMTP or the database fills it: the rest of the batch "
                    + "queues behind the slowest call, and everything else that uses the pool stalls with it.",
            "Pass an executor sized for the I/O (runAsync(task, mailExecutor), a bounded ThreadPoolTaskExecutor or "
                    + "virtual threads), or send the batch through a queue; bound the concurrency towards the downstream.",
            "recipients.forEach(r -> CompletableFuture.runAsync(() -> mail.send(r)));",
            "recipients.forEach(r -> CompletableFuture.runAsync(() -> mail.send(r), mailExecutor));")
            .scope("CompletableFuture.runAsync/supplyAsync with one argument, inside a loop or a per-element lambda "
                            + "(forEach, stream map), whose task (a lambda, or a method reference to a method of the "
                            + "same class) calls Thread.sleep, a blocking library type (RestTemplate, JavaMailSender, "
                            + "JdbcTemplate, EntityManager, HTTP clients, ...), or a project type that is a repository "
                            + "or an HTTP client interface or holds one (its implementations included).",
                    "Tasks whose blocking work is deeper than one project type, receivers whose type the file does "
                            + "not declare (lambda parameters, chained calls), a single runAsync outside a loop, and "
                            + "the common pool's parallelism raised by a system property.");

    private static final Set<String> BLOCKING_TYPES = Set.of("RestTemplate", "RestOperations", "OAuth2RestTemplate",
            "RestClient", "JavaMailSender", "MailSender", "JdbcTemplate", "NamedParameterJdbcTemplate", "JdbcClient",
            "JdbcOperations", "EntityManager", "MongoTemplate", "MongoOperations", "RedisTemplate", "StringRedisTemplate",
            "HttpClient", "CloseableHttpClient", "OkHttpClient", "DataSource", "Connection", "Socket", "S3Client",
            "AmazonS3", "SmtpClient", "Transport");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("CompletableFuture")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            boolean async = ClientChains.staticCall(call, "CompletableFuture", "runAsync")
                    || ClientChains.staticCall(call, "CompletableFuture", "supplyAsync");
            if (!async || call.getArguments().size() != 1 || !Syntax.inLoop(call)) {
                continue;
            }
            Set<String> direct = new LinkedHashSet<>();
            Set<String> receivers = new LinkedHashSet<>();
            for (Node body : taskBodies(call.getArgument(0))) {
                for (MethodCallExpr inner : body.findAll(MethodCallExpr.class)) {
                    if (ClientChains.staticCall(inner, "Thread", "sleep")) {
                        direct.add("Thread.sleep");
                    }
                    receiverType(inner).ifPresent(t -> (BLOCKING_TYPES.contains(t) ? direct : receivers).add(t));
                }
            }
            String message = "CompletableFuture." + call.getNameAsString() + "(..) without an executor, once per "
                    + "element: each task calls ";
            if (!direct.isEmpty()) {
                sink.report(this, call, message + String.join(", ", direct) + " on the common ForkJoinPool");
            } else if (!receivers.isEmpty()) {
                sink.reportIf(new Premise.BlockingReceivers(List.copyOf(receivers)), this, call,
                        message + String.join(", ", receivers) + " on the common ForkJoinPool");
            }
        }
    }

    /** What the task runs: a lambda's body, or the body of a method of this class it refers to. */
    private static List<Node> taskBodies(Expression task) {
        List<Node> out = new ArrayList<>();
        if (task instanceof LambdaExpr l) {
            out.add(l.getBody());
        } else if (task instanceof MethodReferenceExpr r && r.getScope() instanceof ThisExpr) {
            r.findAncestor(TypeDeclaration.class).ifPresent(t -> t.getMethodsByName(r.getIdentifier())
                    .forEach(m -> ((MethodDeclaration) m).getBody().ifPresent(out::add)));
        }
        return out;
    }

    /** The declared type of a call's receiver (a field, local or parameter), without the JDK's value types. */
    private static Optional<String> receiverType(MethodCallExpr call) {
        return Syntax.receiverType(call).filter(t -> !t.isEmpty() && Character.isUpperCase(t.charAt(0))
                && !Set.of("String", "List", "Set", "Map", "Logger", "Optional", "Collection", "Integer", "Long")
                .contains(t));
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        if (!(premise instanceof Premise.BlockingReceivers b)) {
            return true;
        }
        ProjectTypes types = project.types();
        for (String name : b.types()) {
            List<ProjectType> candidates = new ArrayList<>(types.named(name));
            candidates.addAll(types.subtypesOf(name));
            for (ProjectType t : candidates) {
                if (blocking(t) || t.info().fields().stream().map(Variable::type)
                        .anyMatch(f -> BLOCKING_TYPES.contains(f.name()) || types.named(f.name()).stream()
                                .anyMatch(ft -> blocking(ft)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean blocking(ProjectType t) {
        return t.is(TypeKind.REPOSITORY) || t.is(TypeKind.CLIENT);
    }
}
