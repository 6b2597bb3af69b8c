package dev.stratum.audit.model;

import java.util.List;

/**
 * A method (or a constructor, named {@code <init>}) of a project type: return type, parameters, annotations, where
 * its name is, whether it is private, every call it makes in source order, and the indexes of the page-size
 * parameters it gives to a row limit without bounding them ({@code RowLimits}: {@code PageHelper.startPage(n, size)}).
 */
public record MethodInfo(String name, TypeRef returnType, List<Variable> parameters, List<String> annotations,
                         int line, boolean isPrivate, List<CallSite> calls, List<Integer> unboundedRowLimits) {
    public static final String CONSTRUCTOR = "<init>";

    public MethodInfo {
        parameters = List.copyOf(parameters);
        annotations = List.copyOf(annotations);
        calls = List.copyOf(calls);
        unboundedRowLimits = List.copyOf(unboundedRowLimits);
    }

    public boolean annotated(String simpleName) {
        return annotations.contains(simpleName);
    }
}
