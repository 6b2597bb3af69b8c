package dev.stratum.audit.model;

import dev.stratum.audit.Evidence;
import dev.stratum.audit.security.chain.SecurityChain;
import java.util.List;

/**
 * What one Java file tells the rest of the project: the annotations, type names and notable calls it mentions
 * (for "is X used anywhere" questions), its declared types, the cache names its annotations read, put and evict,
 * the resources its {@code @PropertySource} annotations load, its Spring Security filter chains, the exception
 * types its {@code @ExceptionHandler}s handle and other {@link Evidence}. Sorted lists, so cached files are stable.
 */
public record FileFacts(List<String> annotations, List<String> typeNames, List<String> calls, List<TypeInfo> types,
                        List<String> cacheReads, List<String> cachePuts, List<String> cacheEvicts,
                        List<String> propertySources, List<SecurityChain> securityChains,
                        List<String> exceptionsHandled, List<Evidence> evidence) {
    public static final FileFacts EMPTY = new FileFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());

    public FileFacts {
        annotations = List.copyOf(annotations);
        typeNames = List.copyOf(typeNames);
        calls = List.copyOf(calls);
        types = List.copyOf(types);
        cacheReads = List.copyOf(cacheReads);
        cachePuts = List.copyOf(cachePuts);
        cacheEvicts = List.copyOf(cacheEvicts);
        propertySources = List.copyOf(propertySources);
        securityChains = List.copyOf(securityChains);
        exceptionsHandled = List.copyOf(exceptionsHandled);
        evidence = List.copyOf(evidence);
    }
}
