package dev.stratum.audit.database;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.model.CallGraph;
import dev.stratum.audit.model.CallSite;
import dev.stratum.audit.model.MethodInfo;
import dev.stratum.audit.model.ProjectType;
import dev.stratum.audit.model.ProjectTypes;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** DB004: a repository call per loop iteration (N+1 queries). */
public final class RepositoryCallInLoopCheck implements SourceCheck, ProjectCheck {
    /** How many project methods deep a loop's call is followed to find the query (controller -> service -> helper). */
    static final int MAX_DEPTH = 4;

    static final RuleMeta META = new RuleMeta("DB004", AuditArea.DATABASE, Severity.MEDIUM,
            "Repository call inside a loop (N+1 queries)",
            "One query per element turns a page of 100 items into 101 round trips; latency grows with the data "
                    + "and the connection pool drains under load.",
            "Load in one query (findAllById, a JOIN FETCH or @EntityGraph query, saveAll), then work in memory.",
            "for (Long id : ids) { result.add(customers.findById(id).orElseThrow()); }",
            "List<Customer> result = customers.findAllById(ids);")
            .scope("Calls inside loop bodies and forEach/map lambdas: on a repository directly, or on a project method "
                            + "that reaches a repository call through up to four project methods (controller -> service "
                            + "-> helper, interfaces to their implementations), from the typed project model.",
                    "Lazy-loaded associations touched in a loop (an N+1 Hibernate does behind a getter), calls through "
                            + "lambdas or method references passed around, methods whose result is cached (@Cacheable).");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("for") && !file.mentions("while") && !file.mentions("forEach")) {
            return;
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (!Syntax.inLoop(call)) {
                continue;
            }
            Optional<String> type = Syntax.receiverType(call);
            if (type.isPresent() && !type.get().equals("var")) {
                sink.reportIf(new Premise.RepositoryReceiver(type.get()), this, call, "repository call " + type.get() + "."
                        + call.getNameAsString() + "(..) inside a loop runs one query per element");
            }
        }
    }

    /**
     * The indirect case, from the typed model: a call in a loop lands on a project method that (through at most
     * {@link #MAX_DEPTH} project methods) calls a repository. Direct repository calls are the source side's.
     */
    @Override
    public void check(ProjectModel project, FindingSink sink) {
        ProjectTypes types = project.types();
        CallGraph graph = new CallGraph(types);
        // each method's answer per remaining depth, computed once: loops in many callers reach the same methods
        Map<MethodInfo, Optional<String>[]> known = new IdentityHashMap<>();
        for (ProjectType t : types.all()) {
            for (MethodInfo m : t.methods()) {
                for (CallSite c : m.calls()) {
                    if (!c.inLoop() || types.receiverType(m, c).map(types::isRepository).orElse(true)) {
                        continue;
                    }
                    for (ProjectTypes.Callee target : graph.targets(m, c)) {
                        Optional<String> query = query(types, graph, target, MAX_DEPTH, known);
                        if (query.isPresent()) {
                            sink.report(this, t.file(), c.line(), c.endLine(), target.type().name() + "."
                                    + c.method() + "(..) inside a loop runs a query per element (" + query.get() + ")");
                            break;
                        }
                    }
                }
            }
        }
    }

    /**
     * The first repository call a method makes, itself or through the project methods it calls, up to {@code depth}
     * methods deep (the bound also ends recursion through cycles).
     */
    @SuppressWarnings("unchecked")
    private static Optional<String> query(ProjectTypes types, CallGraph graph, ProjectTypes.Callee at, int depth,
                                          Map<MethodInfo, Optional<String>[]> known) {
        if (depth == 0 || at.method().annotated("Cacheable")) {
            return Optional.empty();
        }
        Optional<String>[] answers = known.computeIfAbsent(at.method(), k -> new Optional[MAX_DEPTH + 1]);
        if (answers[depth] != null) {
            return answers[depth];
        }
        answers[depth] = Optional.empty(); // while this one is being computed, a cycle back to it finds nothing
        Optional<String> found = Optional.empty();
        for (CallSite c : at.method().calls()) {
            Optional<String> receiver = types.receiverType(at.method(), c);
            if (receiver.isPresent() && types.isRepository(receiver.get())) {
                found = Optional.of(receiver.get() + "." + c.method() + " in " + at.type().name() + "."
                        + at.method().name());
                break;
            }
            for (ProjectTypes.Callee next : graph.targets(at.method(), c)) {
                found = query(types, graph, next, depth - 1, known);
                if (found.isPresent()) {
                    break;
                }
            }
            if (found.isPresent()) {
                break;
            }
        }
        answers[depth] = found;
        return found;
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return premise instanceof Premise.RepositoryReceiver r && project.types().isRepository(r.type());
    }
}
