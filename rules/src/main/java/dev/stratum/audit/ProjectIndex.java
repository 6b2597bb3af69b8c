package dev.stratum.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The union of every file's facts: small sets of names, built once all files are analysed. */
public final class ProjectIndex {
    private final Map<String, Set<String>> facts = new HashMap<>();

    public void add(Map<String, List<String>> fileFacts) {
        fileFacts.forEach((k, v) -> facts.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    }

    public Set<String> values(String key) {
        return facts.getOrDefault(key, Set.of());
    }

    public boolean has(String key, String value) {
        return values(key).contains(value);
    }

    public boolean hasAnnotation(String simpleName) {
        return has(FactKeys.ANNOTATION, simpleName);
    }

    public boolean hasType(String simpleName) {
        return has(FactKeys.TYPE, simpleName);
    }

    public boolean hasCall(String name) {
        return has(FactKeys.CALL, name);
    }

    /** Whether {@code type} is a Spring Data repository interface or a {@code @Repository} class of this project. */
    public boolean isRepository(String type) {
        return repositoryEntity(type).isPresent();
    }

    /** The entity a repository manages ("" for a {@code @Repository} class). */
    public Optional<String> repositoryEntity(String repository) {
        String prefix = repository + "|";
        for (String r : values(FactKeys.REPOSITORY)) {
            if (r.startsWith(prefix)) {
                return Optional.of(r.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    public Optional<String> table(String entity) {
        return lookup(FactKeys.ENTITY, entity + "|");
    }

    public Optional<String> column(String entity, String field) {
        return lookup(FactKeys.COLUMN, entity + "." + field + "|");
    }

    public boolean isId(String entity, String field) {
        return has(FactKeys.ID, entity + "." + field);
    }

    /** Every filter chain and ignoring list the sources declare. */
    public java.util.List<dev.stratum.audit.security.chain.SecurityChain> securityChains() {
        return values(FactKeys.SECURITY_CHAIN).stream().sorted()
                .map(dev.stratum.audit.security.chain.SecurityChain::decode).toList();
    }

    /** Whether some {@code @ExceptionHandler} handles one of {@code types} (simple names). */
    public boolean handlesException(Set<String> types) {
        return values(FactKeys.EXCEPTION_HANDLED).stream().anyMatch(types::contains);
    }

    public boolean hasEvidence(String evidence) {
        return has(FactKeys.EVIDENCE, evidence);
    }

    public boolean hasEntities() {
        return !values(FactKeys.ENTITY).isEmpty();
    }

    private Optional<String> lookup(String key, String prefix) {
        for (String v : values(key)) {
            if (v.startsWith(prefix)) {
                return Optional.of(v.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }
}
