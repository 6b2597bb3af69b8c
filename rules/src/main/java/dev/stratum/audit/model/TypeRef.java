package dev.stratum.audit.model;

import java.util.List;

/** A type as written in the source: its simple name ({@code List}) and the simple names of its arguments. */
public record TypeRef(String name, List<String> arguments) {
    public TypeRef {
        arguments = List.copyOf(arguments);
    }

    public static TypeRef of(String name) {
        return new TypeRef(name, List.of());
    }

    /** The first type argument, or "" when there is none ({@code Customer} in {@code JpaRepository<Customer, Long>}). */
    public String firstArgument() {
        return arguments.isEmpty() ? "" : arguments.get(0);
    }
}
