package dev.stratum.audit.model;

import dev.stratum.audit.Evidence;
import dev.stratum.audit.security.chain.SecurityChain;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The typed model of the project's own sources, joined once per audit from every file's {@link FileFacts}: each type
 * with its role and supertypes resolved through the project's own types, and the questions checks ask across files
 * (is this a repository, which entity does it manage, what type does this call return, who injects whom).
 * Names are simple names, as the sources write them; two types of one name in different packages are both kept.
 */
public final class ProjectTypes {
    /** Spring Data's repository interfaces: a type that reaches one of them is a repository. */
    public static final Set<String> REPOSITORY_BASES = Set.of("Repository", "CrudRepository", "ListCrudRepository",
            "PagingAndSortingRepository", "ListPagingAndSortingRepository", "JpaRepository", "MongoRepository",
            "ReactiveCrudRepository", "ReactiveSortingRepository", "R2dbcRepository", "JpaSpecificationExecutor",
            "CoroutineCrudRepository", "QuerydslPredicateExecutor", "ElasticsearchRepository", "Neo4jRepository",
            "CassandraRepository", "KeyValueRepository", "RevisionRepository", "ReactiveMongoRepository");
    private static final int MAX_DEPTH = 32;

    /** A resolved call: the project type and method it lands on. */
    public record Callee(ProjectType type, MethodInfo method) {
    }

    private final Map<String, List<TypeInfo>> declared = new HashMap<>();
    private final Map<String, String> fileOf = new HashMap<>();
    private final Map<String, List<ProjectType>> byName = new HashMap<>();
    private final List<ProjectType> all = new ArrayList<>();
    private final Set<String> annotations = new HashSet<>();
    private final Set<String> typeNames = new HashSet<>();
    private final Set<String> calls = new HashSet<>();
    private final Set<String> cacheReads = new HashSet<>();
    private final Set<String> cachePuts = new HashSet<>();
    private final Set<String> cacheEvicts = new HashSet<>();
    private final Map<String, List<String>> propertySources = new HashMap<>();
    private final Set<String> injectedIntoControllers = new HashSet<>();
    private final Map<String, List<ProjectType>> subtypes = new HashMap<>();
    /** Names of the project's repositories: asked for every call a check follows. */
    private final Set<String> repositories = new HashSet<>();
    private final List<SecurityChain> securityChains = new ArrayList<>();
    private final Set<String> exceptionsHandled = new HashSet<>();
    private final Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);

    private ProjectTypes() {
    }

    /** Joins the facts of every file ({@code file -> facts}, relative paths). */
    public static ProjectTypes of(Map<String, FileFacts> files) {
        ProjectTypes t = new ProjectTypes();
        files.forEach(t::add);
        t.resolve();
        return t;
    }

    private void add(String file, FileFacts facts) {
        annotations.addAll(facts.annotations());
        typeNames.addAll(facts.typeNames());
        calls.addAll(facts.calls());
        cacheReads.addAll(facts.cacheReads());
        cachePuts.addAll(facts.cachePuts());
        cacheEvicts.addAll(facts.cacheEvicts());
        securityChains.addAll(facts.securityChains());
        exceptionsHandled.addAll(facts.exceptionsHandled());
        evidence.addAll(facts.evidence());
        if (!facts.propertySources().isEmpty()) {
            propertySources.put(file, facts.propertySources());
        }
        for (TypeInfo info : facts.types()) {
            declared.computeIfAbsent(info.name(), k -> new ArrayList<>()).add(info);
            fileOf.put(key(info), file);
        }
    }

    private static String key(TypeInfo info) {
        return info.packageName() + "|" + info.name() + "|" + info.line();
    }

    private void resolve() {
        securityChains.sort(Comparator.comparing(SecurityChain::file).thenComparingInt(SecurityChain::line));
        List<String> names = new ArrayList<>(declared.keySet());
        names.sort(null);
        for (String name : names) {
            for (TypeInfo info : declared.get(name)) {
                Set<String> supers = supertypesOf(info);
                ProjectType type = new ProjectType(info, fileOf.get(key(info)), kind(info, supers), Set.copyOf(supers));
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(type);
                all.add(type);
                if (type.is(TypeKind.REPOSITORY)) {
                    repositories.add(name);
                }
            }
        }
        for (ProjectType t : all) {
            t.allSupertypes().forEach(s -> subtypes.computeIfAbsent(s, k -> new ArrayList<>()).add(t));
        }
        for (ProjectType c : all) {
            if (c.is(TypeKind.CONTROLLER)) {
                c.info().fields().forEach(f -> injectedIntoControllers.add(f.type().name()));
                c.methods().stream().filter(m -> m.name().equals(MethodInfo.CONSTRUCTOR))
                        .forEach(m -> m.parameters().forEach(p -> injectedIntoControllers.add(p.type().name())));
            }
        }
    }

    /** Every supertype reachable through the project's own declarations (breadth first, cycles and depth bounded). */
    private Set<String> supertypesOf(TypeInfo info) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<TypeInfo> work = new ArrayDeque<>();
        work.add(info);
        int steps = 0;
        while (!work.isEmpty() && steps++ < MAX_DEPTH * 8) {
            for (TypeRef s : work.poll().supertypes()) {
                if (seen.add(s.name())) {
                    work.addAll(declared.getOrDefault(s.name(), List.of()));
                }
            }
        }
        seen.remove(info.name());
        return seen;
    }

    private static TypeKind kind(TypeInfo info, Set<String> supers) {
        if (info.annotated("Entity") || info.annotated("Document")) {
            return TypeKind.ENTITY;
        }
        if (info.annotated("Repository") || info.annotated("RepositoryDefinition")
                || info.declaredAsInterface() && supers.stream().anyMatch(REPOSITORY_BASES::contains)) {
            return TypeKind.REPOSITORY;
        }
        if (info.annotated("RestController") || info.annotated("Controller")) {
            return TypeKind.CONTROLLER;
        }
        if (info.annotated("FeignClient") || info.annotated("HttpExchange") || info.annotated("RegisterRestClient")) {
            return TypeKind.CLIENT;
        }
        if (info.annotated("Configuration") || info.annotated("SpringBootApplication")
                || info.annotated("AutoConfiguration") || info.annotated("ConfigurationProperties")) {
            return TypeKind.CONFIGURATION;
        }
        if (info.annotated("Service") || info.annotated("Component")) {
            return TypeKind.SERVICE;
        }
        return TypeKind.OTHER;
    }

    public List<ProjectType> all() {
        return all;
    }

    public List<ProjectType> ofKind(TypeKind kind) {
        return all.stream().filter(t -> t.is(kind)).toList();
    }

    /** The project types of that simple name (usually one). */
    public List<ProjectType> named(String simpleName) {
        return byName.getOrDefault(simpleName, List.of());
    }

    public Optional<ProjectType> type(String simpleName) {
        List<ProjectType> found = named(simpleName);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public boolean hasAnnotation(String simpleName) {
        return annotations.contains(simpleName);
    }

    /** Whether any file uses a type of that simple name (imported or written as a type). */
    public boolean hasType(String simpleName) {
        return typeNames.contains(simpleName);
    }

    /** Whether any file calls a method of that name (only {@code FactCollector.NOTABLE_CALLS} are recorded). */
    public boolean hasCall(String name) {
        return calls.contains(name);
    }

    public boolean cacheEvicted(String cache) {
        return cacheEvicts.contains(cache);
    }

    public boolean cachePut(String cache) {
        return cachePuts.contains(cache);
    }

    /** {@code @PropertySource} locations per file that declares them. */
    public Map<String, List<String>> propertySources() {
        return propertySources;
    }

    /** Every filter chain and ignoring list the sources declare, by file and line. */
    public List<SecurityChain> securityChains() {
        return securityChains;
    }

    /** Whether some {@code @ExceptionHandler} handles one of {@code types} (simple names). */
    public boolean handlesException(Set<String> types) {
        return types.stream().anyMatch(exceptionsHandled::contains);
    }

    public boolean hasEvidence(Evidence e) {
        return evidence.contains(e);
    }

    public boolean hasKind(TypeKind kind) {
        return all.stream().anyMatch(t -> t.is(kind));
    }

    public boolean isRepository(String simpleName) {
        return repositories.contains(simpleName);
    }

    public boolean isEnum(String simpleName) {
        return named(simpleName).stream().anyMatch(t -> t.info().declaration() == DeclarationKind.ENUM);
    }

    /** Whether a controller holds a field or constructor parameter of that type. */
    public boolean injectedIntoController(String simpleName) {
        return injectedIntoControllers.contains(simpleName);
    }

    /**
     * The entity a repository manages: the first type argument of the Spring Data interface it reaches, with type
     * parameters of the project's own base interfaces substituted ({@code CustomerRepository extends
     * BaseRepository<Customer>}, {@code BaseRepository<T> extends JpaRepository<T, Long>}: Customer). "" for a
     * {@code @Repository} class or when the argument is not written; empty for a type that is not a repository.
     */
    public Optional<String> repositoryEntity(String repository) {
        for (ProjectType t : named(repository)) {
            if (t.is(TypeKind.REPOSITORY)) {
                return Optional.of(entityThrough(t.info(), Map.of(), 0));
            }
        }
        return Optional.empty();
    }

    private String entityThrough(TypeInfo info, Map<String, String> bindings, int depth) {
        if (depth > MAX_DEPTH) {
            return "";
        }
        for (TypeRef s : info.supertypes()) {
            List<String> args = s.arguments().stream().map(a -> bindings.getOrDefault(a, a)).toList();
            if (REPOSITORY_BASES.contains(s.name())) {
                return args.isEmpty() ? "" : args.get(0);
            }
            for (TypeInfo base : declared.getOrDefault(s.name(), List.of())) {
                Map<String, String> next = new HashMap<>();
                for (int i = 0; i < base.typeParameters().size() && i < args.size(); i++) {
                    next.put(base.typeParameters().get(i), args.get(i));
                }
                String found = entityThrough(base, next, depth + 1);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    /** Whether some repository of the project manages {@code entity}. */
    public boolean managedByRepository(String entity) {
        return all.stream().filter(t -> t.is(TypeKind.REPOSITORY))
                .anyMatch(t -> entity.equals(entityThrough(t.info(), Map.of(), 0)));
    }

    public Optional<EntityMapping> entity(String simpleName) {
        return named(simpleName).stream().map(t -> t.info().entity()).filter(e -> e != null).findFirst();
    }

    public boolean hasEntities() {
        return all.stream().anyMatch(t -> t.info().entity() != null);
    }

    /** The declared type of a field or the return type of a method of a project type ({@code Order.getId}: Long). */
    public Optional<TypeRef> memberType(String type, String member) {
        for (ProjectType t : named(type)) {
            Optional<Variable> field = t.field(member);
            if (field.isPresent()) {
                return Optional.of(field.get().type());
            }
            Optional<MethodInfo> method = t.method(member, 0);
            if (method.isPresent()) {
                return Optional.of(method.get().returnType());
            }
        }
        return Optional.empty();
    }

    /**
     * The simple name of the declared type a call is made on: as the file recorded it, or for {@code a.b().c()} the
     * return type of {@code b} when {@code a}'s type is a project type that declares it (chains resolved inside out).
     */
    public Optional<String> receiverType(MethodInfo in, CallSite call) {
        if (call.receiver() == Receiver.MEMBER) {
            return call.receiverType() == null ? Optional.empty()
                    : memberType(call.receiverType(), call.member()).map(TypeRef::name);
        }
        if (call.receiver() != Receiver.CALL) {
            return Optional.ofNullable(call.receiverType());
        }
        Deque<CallSite> chain = new ArrayDeque<>();
        CallSite c = call;
        while (c.receiver() == Receiver.CALL && c.scopeCall() >= 0 && c.scopeCall() < in.calls().size()
                && chain.size() < MAX_DEPTH) {
            c = in.calls().get(c.scopeCall());
            chain.push(c);
        }
        if (c.receiver() == Receiver.CALL) {
            return Optional.empty();
        }
        String type = c.receiver() == Receiver.MEMBER ? receiverType(in, c).orElse(null) : c.receiverType();
        while (type != null && !chain.isEmpty()) {
            CallSite next = chain.pop();
            String t = type;
            type = callee(t, next).map(callee -> callee.method().returnType().name()).orElse(null);
        }
        return Optional.ofNullable(type);
    }

    /** The project method a call lands on, when its receiver's type is a project type that declares it. */
    public Optional<Callee> callee(MethodInfo in, CallSite call) {
        return receiverType(in, call).flatMap(t -> callee(t, call));
    }

    /** The method on the type itself, else the first project supertype that declares it (an inherited method). */
    private Optional<Callee> callee(String type, CallSite call) {
        for (ProjectType t : named(type)) {
            Optional<MethodInfo> m = t.method(call.method(), call.arguments());
            if (m.isPresent()) {
                return Optional.of(new Callee(t, m.get()));
            }
        }
        for (ProjectType t : named(type)) {
            for (String s : t.allSupertypes()) {
                for (ProjectType base : named(s)) {
                    Optional<MethodInfo> m = base.method(call.method(), call.arguments());
                    if (m.isPresent()) {
                        return Optional.of(new Callee(base, m.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The project types that have {@code simpleName} among their supertypes. */
    public List<ProjectType> subtypesOf(String simpleName) {
        return subtypes.getOrDefault(simpleName, List.of());
    }
}
