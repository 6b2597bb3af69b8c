package dev.stratum.audit.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which project methods run when a set of entry methods runs, following calls whose receiver type the model
 * resolves. A call on an interface or a base class also reaches the project's implementations of that method
 * (a controller holding {@code OrderService} reaches {@code OrderServiceImpl.all()}). Lambdas and method references
 * passed around are not followed. Each call's targets are worked out once per graph (a check that walks the same
 * methods at several depths asks again and again); a graph is meant for one check on one thread.
 */
public final class CallGraph {
    /** A method of a project type, and the entry method it was first reached from. */
    public record Reached(ProjectType type, MethodInfo method, ProjectType entryType, MethodInfo entry) {
    }

    private final ProjectTypes types;
    /** By identity: every call site belongs to one method, and its targets depend on that method's other calls. */
    private final Map<CallSite, List<ProjectTypes.Callee>> targets = new IdentityHashMap<>();

    public CallGraph(ProjectTypes types) {
        this.types = types;
    }

    /** Every method reachable from the methods of types matching {@code entries} (the entries included). */
    public Map<MethodInfo, Reached> reachableFrom(Predicate<ProjectType> entries) {
        Map<MethodInfo, Reached> seen = new IdentityHashMap<>();
        Deque<Reached> work = new ArrayDeque<>();
        for (ProjectType t : types.all()) {
            if (entries.test(t)) {
                for (MethodInfo m : t.methods()) {
                    Reached r = new Reached(t, m, t, m);
                    if (seen.putIfAbsent(m, r) == null) {
                        work.add(r);
                    }
                }
            }
        }
        while (!work.isEmpty()) {
            Reached from = work.poll();
            for (CallSite call : from.method().calls()) {
                for (ProjectTypes.Callee target : targets(from.method(), call)) {
                    Reached r = new Reached(target.type(), target.method(), from.entryType(), from.entry());
                    if (seen.putIfAbsent(target.method(), r) == null) {
                        work.add(r);
                    }
                }
            }
        }
        return seen;
    }

    /** The declared callee and every override of it in the project's subtypes of the receiver's type. */
    public List<ProjectTypes.Callee> targets(MethodInfo in, CallSite call) {
        List<ProjectTypes.Callee> known = targets.get(call);
        if (known == null) {
            known = resolve(in, call);
            targets.put(call, known);
        }
        return known;
    }

    private List<ProjectTypes.Callee> resolve(MethodInfo in, CallSite call) {
        String receiver = types.receiverType(in, call).orElse(null);
        if (receiver == null) {
            return List.of();
        }
        List<ProjectTypes.Callee> out = new ArrayList<>();
        types.callee(in, call).ifPresent(out::add);
        for (ProjectType t : types.subtypesOf(receiver)) {
            t.method(call.method(), call.arguments()).ifPresent(m -> out.add(new ProjectTypes.Callee(t, m)));
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }
}
