package dev.stratum.audit.model;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.util.List;

/** A field or parameter: its name, declared type and the simple names of its annotations. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Variable(String name, TypeRef type, List<String> annotations) {
    public Variable {
        annotations = List.copyOf(annotations);
    }
}
