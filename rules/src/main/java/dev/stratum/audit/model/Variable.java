package dev.stratum.audit.model;

import java.util.List;

/** A field or parameter: its name, declared type and the simple names of its annotations. */
public record Variable(String name, TypeRef type, List<String> annotations) {
    public Variable {
        annotations = List.copyOf(annotations);
    }
}
