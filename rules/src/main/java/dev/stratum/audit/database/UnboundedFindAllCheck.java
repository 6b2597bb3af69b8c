package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.model.CallGraph;
import dev.stratum.audit.model.CallSite;
import dev.stratum.audit.model.MethodInfo;
import dev.stratum.audit.model.Receiver;
import dev.stratum.audit.model.TypeKind;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DB003: repository findAll() without paging in a method a controller reaches: the controller itself, or any
 * service below it, followed through the typed model (controller -> service -> repository, interfaces to their
 * implementations).
 */
public final class UnboundedFindAllCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("DB003", AuditArea.DATABASE, Severity.MEDIUM,
            "findAll() without paging reachable from a controller",
            "An endpoint that returns repository.findAll() loads the whole table into memory and serialises it. "
                    + "It works with test data and falls over when the table grows.",
            "Take a Pageable (findAll(PageRequest.of(page, size))) or a Slice, cap the page size, and return a page.",
            "@GetMapping(\"/orders\") List<Order> all() { return orders.findAll(); }",
            "@GetMapping(\"/orders\") Page<Order> all(Pageable page) { return orders.findAll(page); }")
            .scope("the typed project model: methods reached from any controller method through calls whose receiver type is known (fields, parameters, locals, a field of one of them, chains through project methods; interfaces to their project implementations), and findAll() with no arguments on a repository of the project (also through its own base interfaces). Not reported: reference tables (rows seeded by the migrations' INSERT ... VALUES, or lookup tables other entities point at, with no associations and at most three columns besides the id) and a findAll() of which only the first row is read (a single-row settings table)",
                    "calls through lambdas, method references or reflection; a repository held in a variable whose type is not written (var with a method result); paging applied after loading (stream().limit()); how many rows a table really holds (a small configuration table that is neither seeded nor a lookup table is reported; a narrow lookup table filled at run time is not)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var types = project.types();
        if (!types.hasKind(TypeKind.CONTROLLER)) {
            return;
        }
        Map<MethodInfo, CallGraph.Reached> reached = new CallGraph(types).reachableFrom(t -> t.is(TypeKind.CONTROLLER));
        ReferenceTables reference = new ReferenceTables(project);
        for (CallGraph.Reached r : reached.values()) {
            List<CallSite> calls = r.method().calls();
            for (int i = 0; i < calls.size(); i++) {
                CallSite call = calls.get(i);
                if (!call.method().equals("findAll") || call.arguments() != 0) {
                    continue;
                }
                Optional<String> receiver = types.receiverType(r.method(), call);
                if (receiver.isEmpty() || !types.isRepository(receiver.get()) || firstRowOnly(calls, i)
                        || types.repositoryEntity(receiver.get()).filter(reference::isReference).isPresent()) {
                    continue;
                }
                String message = receiver.get() + ".findAll() loads every row with no paging";
                if (r.type().is(TypeKind.CONTROLLER)) {
                    message += " in a controller";
                } else if (r.type().is(TypeKind.SERVICE) && types.injectedIntoController(r.type().name())) {
                    message += " in a service used by a controller";
                } else {
                    message += ", reached from " + r.entryType().name() + "." + r.entry().name() + "()";
                }
                sink.report(this, r.type().file(), call.line(), call.endLine(), message);
            }
        }
    }

    /**
     * {@code findAll().stream().findFirst()}, {@code findAll().get(0)}, {@code findAll().iterator().next()}: the
     * code reads one row, so it treats the table as a single-row table (settings), not as a list to page.
     */
    private static boolean firstRowOnly(List<CallSite> calls, int findAll) {
        Optional<CallSite> next = scopedOn(calls, findAll);
        if (next.isEmpty()) {
            return false;
        }
        String step = next.get().method();
        if (step.equals("get") || step.equals("getFirst")) {
            return true;
        }
        int at = calls.indexOf(next.get());
        return (step.equals("stream") || step.equals("iterator")) && scopedOn(calls, at)
                .map(c -> Set.of("findFirst", "findAny", "next").contains(c.method())).orElse(false);
    }

    /** The call made on the result of call {@code index}, if any. */
    private static Optional<CallSite> scopedOn(List<CallSite> calls, int index) {
        return calls.stream().filter(c -> c.receiver() == Receiver.CALL && c.scopeCall() == index).findFirst();
    }
}
