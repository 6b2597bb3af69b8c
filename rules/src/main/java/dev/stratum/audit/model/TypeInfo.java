package dev.stratum.audit.model;

import java.util.List;

/**
 * One type declared in the project's own sources, as its file shows it: name, package, what it is in the language,
 * type parameters, annotations, the supertypes as written, fields, methods and (for a JPA entity) its mapping.
 * {@code entity} is null for anything but an entity. Built per file and cached; {@link ProjectTypes} joins them.
 */
public record TypeInfo(String name, String packageName, DeclarationKind declaration, int line, List<String> typeParameters,
                       List<String> annotations, List<TypeRef> supertypes, List<Variable> fields,
                       List<MethodInfo> methods, EntityMapping entity) {
    public TypeInfo {
        typeParameters = List.copyOf(typeParameters);
        annotations = List.copyOf(annotations);
        supertypes = List.copyOf(supertypes);
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
    }

    public boolean annotated(String simpleName) {
        return annotations.contains(simpleName);
    }

    public boolean declaredAsInterface() {
        return declaration == DeclarationKind.INTERFACE;
    }
}
