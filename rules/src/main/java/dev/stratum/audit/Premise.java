package dev.stratum.audit;

import java.util.List;

/**
 * What a source finding depends on beyond its own file, as a typed value: the reporting check's
 * {@link SourceCheck#confirm} decides it against the {@link ProjectModel} once every file is known, so no AST outlives
 * its visit and the premise is cached with the finding (incremental.RecordCodec stores the kind by its place among
 * the permitted subtypes, and the record shapes are part of the cache key).
 */
public sealed interface Premise {
    /** Holds when the whole project agrees with the check (for example: no {@code @EnableCaching} anywhere). */
    record ProjectWide() implements Premise {
    }

    /** Holds when {@code type} is one of the project's repositories. */
    record RepositoryReceiver(String type) implements Premise {
    }

    /** Holds when a repository of the project manages {@code entity}. */
    record ManagedEntity(String entity) implements Premise {
    }

    /**
     * Holds when the configuration of the module of {@code file} sets no timeout for Feign client {@code name} (nor a
     * default one) and turns on no circuit breaker for Feign.
     */
    record FeignClient(String file, String name) implements Premise {
    }

    /**
     * Holds when one of {@code types} (receivers of calls made by a task) does blocking work: a repository, an HTTP
     * client interface, or a project type holding one.
     */
    record BlockingReceivers(List<String> types) implements Premise {
        public BlockingReceivers {
            types = List.copyOf(types);
        }
    }

    /** Holds unless {@code type} is one of the project's enums. */
    record NotEnum(String type) implements Premise {
    }

    /**
     * Holds when method {@code method} of {@code type} (or of a project implementation of it) taking
     * {@code arguments} arguments gives its parameter {@code index} to a row limit without bounding it.
     */
    record RowLimitArgument(String type, String method, int arguments, int index) implements Premise {
    }

    /** Holds when nothing in the project evicts or refreshes cache {@code name}. */
    record UnevictedCache(String name) implements Premise {
    }

    /**
     * Holds unless every operand is a numeric, boolean or enum value once the project's types are known. Each
     * operand is a declared type ({@code member} null) or a field or no-argument method of one.
     */
    record ValueOperands(List<Operand> operands) implements Premise {
        public ValueOperands {
            operands = List.copyOf(operands);
        }
    }

    /** A value of {@code type}, or of its {@code member} when that is not null. */
    record Operand(String type, String member) {
    }
}
