package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.model.CallGraph;
import dev.stratum.audit.model.CallSite;
import dev.stratum.audit.model.MethodInfo;
import dev.stratum.audit.model.ProjectType;
import dev.stratum.audit.model.ProjectTypes;
import dev.stratum.finding.Location;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** DB004: a repository call per loop iteration (N+1 queries). */
public final class RepositoryCallInLoopCheck implements ProjectCheck {
    /** How many project methods deep a loop's call is followed to find the query (controller -> service -> helper). */
    static final int MAX_DEPTH = 4;

    static final RuleMeta META = new RuleMeta("DB004", AuditArea.DATABASE, Severity.MEDIUM,
            "Repository call inside a loop (N+1 queries)",
            "One query per element turns a page of 100 items into 101 round trips; latency grows with the data "
                    + "and the connection pool drains under load.",
            "Load in one query (findAllById, a JOIN FETCH or @EntityGraph query, saveAll), then work in memory.",
            "for (Long id : ids) { result.add(customers.findById(id).orElseThrow()); }",
            "List<Customer> result = customers.findAllById(ids);")
            .scope("Calls inside loop bodies and forEach/map lambdas, from the typed project model: on a repository directly, "
                            + "or on a project method that reaches a repository call through up to four project methods "
                            + "(controller -> service -> helper, interfaces to their implementations). One finding per "
                            + "loop, its further query calls as locations. A loop over one Page or Slice of results is "
                            + "bounded by the page size and not reported.",
                    "Lazy-loaded associations touched in a loop (an N+1 Hibernate does behind a getter), calls through "
                            + "lambdas or method references passed around, methods whose result is cached (@Cacheable), "
                            + "how many elements a loop really has (a loop over a small fixed list is reported too).");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /**
     * Per loop of every project method: the calls it runs per element that query, directly on a repository or
     * through project methods that reach one (at most {@link #MAX_DEPTH} methods deep). One finding per loop.
     */
    @Override
    public void check(ProjectModel project, FindingSink sink) {
        ProjectTypes types = project.types();
        CallGraph graph = new CallGraph(types);
        // each method's answer per remaining depth, computed once: loops in many callers reach the same methods
        Map<MethodInfo, Optional<String>[]> known = new IdentityHashMap<>();
        for (ProjectType t : types.all()) {
            for (MethodInfo m : t.methods()) {
                Map<Integer, List<Query>> loops = new LinkedHashMap<>();
                for (CallSite c : m.calls()) {
                    if (c.inLoop()) {
                        query(types, graph, m, c, known).ifPresent(q -> loops.computeIfAbsent(c.loopLine(),
                                k -> new ArrayList<>()).add(q));
                    }
                }
                loops.values().forEach(queries -> report(t, queries, sink));
            }
        }
    }

    /** One query a loop runs per element: the call in the loop, what it runs, and whether it is a repository's. */
    private record Query(CallSite call, String description, boolean direct) {
    }

    private void report(ProjectType t, List<Query> queries, FindingSink sink) {
        Query first = queries.get(0);
        String message = queries.size() == 1 ? (first.direct() ? "repository call " : "") + first.description()
                + " inside a loop runs a query per element"
                : "a loop runs " + queries.size() + " queries per element: " + String.join(", ",
                queries.stream().map(Query::description).distinct().limit(4).toList())
                + (queries.size() > 4 ? ", ..." : "");
        List<Location> related = queries.stream().skip(1)
                .map(q -> new Location(t.file(), q.call().line(), q.call().endLine())).toList();
        sink.report(this, t.file(), first.call().line(), first.call().endLine(), message, related);
    }

    /** What a call in a loop queries: a repository method, or a project method that reaches one. */
    private static Optional<Query> query(ProjectTypes types, CallGraph graph, MethodInfo in, CallSite c,
                                         Map<MethodInfo, Optional<String>[]> known) {
        Optional<String> receiver = types.receiverType(in, c);
        if (receiver.isEmpty()) {
            return Optional.empty();
        }
        if (types.isRepository(receiver.get())) {
            return Optional.of(new Query(c, receiver.get() + "." + c.method() + "(..)", true));
        }
        for (ProjectTypes.Callee target : graph.targets(in, c)) {
            Optional<String> query = query(types, graph, target, MAX_DEPTH, known);
            if (query.isPresent()) {
                return Optional.of(new Query(c, target.type().name() + "." + c.method() + "(..) (" + query.get() + ")", false));
            }
        }
        return Optional.empty();
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
}
