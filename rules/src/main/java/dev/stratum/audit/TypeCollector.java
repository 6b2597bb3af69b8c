package dev.stratum.audit;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.stratum.audit.database.RowLimits;
import dev.stratum.audit.model.CallSite;
import dev.stratum.audit.model.DeclarationKind;
import dev.stratum.audit.model.EntityMapping;
import dev.stratum.audit.model.MethodInfo;
import dev.stratum.audit.model.Receiver;
import dev.stratum.audit.model.TypeInfo;
import dev.stratum.audit.model.TypeRef;
import dev.stratum.audit.model.Variable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link TypeInfo} of one type declaration: its members and, per method, each call with the receiver's
 * declared type where the file shows it (a local, parameter, field of this or an enclosing type, or a type name).
 */
final class TypeCollector {
    private final TypeDeclaration<?> type;
    private final Map<String, TypeRef> fields = new HashMap<>();

    private TypeCollector(TypeDeclaration<?> type) {
        this.type = type;
    }

    static TypeInfo of(TypeDeclaration<?> type, String packageName) {
        return new TypeCollector(type).build(packageName);
    }

    private TypeInfo build(String packageName) {
        List<Variable> own = new ArrayList<>();
        for (FieldDeclaration f : type.getFields()) {
            for (VariableDeclarator v : f.getVariables()) {
                own.add(new Variable(v.getNameAsString(), ref(v.getType()), annotations(f)));
            }
        }
        if (type instanceof RecordDeclaration r) {
            for (Parameter p : r.getParameters()) {
                own.add(new Variable(p.getNameAsString(), ref(p.getType()), annotations(p)));
            }
        }
        // fields of enclosing types are in scope too; the type's own fields shadow them
        for (Node n = type.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> outer) {
                for (FieldDeclaration f : outer.getFields()) {
                    f.getVariables().forEach(v -> fields.putIfAbsent(v.getNameAsString(), ref(v.getType())));
                }
            }
        }
        own.forEach(v -> fields.put(v.name(), v.type()));
        List<MethodInfo> methods = new ArrayList<>();
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof CallableDeclaration<?> c) {
                methods.add(method(c));
            }
        }
        return new TypeInfo(type.getNameAsString(), packageName, kind(), Syntax.line(type.getName()), typeParameters(),
                annotations(type), supertypes(), own, methods,
                Syntax.annotated(type, "Entity") ? entity() : null);
    }

    private DeclarationKind kind() {
        if (type instanceof ClassOrInterfaceDeclaration c) {
            return c.isInterface() ? DeclarationKind.INTERFACE : DeclarationKind.CLASS;
        }
        if (type instanceof EnumDeclaration) {
            return DeclarationKind.ENUM;
        }
        if (type instanceof RecordDeclaration) {
            return DeclarationKind.RECORD;
        }
        return type instanceof AnnotationDeclaration ? DeclarationKind.ANNOTATION : DeclarationKind.CLASS;
    }

    private List<String> typeParameters() {
        NodeList<TypeParameter> params = type instanceof ClassOrInterfaceDeclaration c ? c.getTypeParameters()
                : type instanceof RecordDeclaration r ? r.getTypeParameters() : new NodeList<>();
        return params.stream().map(TypeParameter::getNameAsString).toList();
    }

    private List<TypeRef> supertypes() {
        List<TypeRef> out = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration c) {
            c.getExtendedTypes().forEach(t -> out.add(ref(t)));
            c.getImplementedTypes().forEach(t -> out.add(ref(t)));
        } else if (type instanceof EnumDeclaration e) {
            e.getImplementedTypes().forEach(t -> out.add(ref(t)));
        } else if (type instanceof RecordDeclaration r) {
            r.getImplementedTypes().forEach(t -> out.add(ref(t)));
        }
        return out;
    }

    private MethodInfo method(CallableDeclaration<?> callable) {
        Map<String, TypeRef> params = new LinkedHashMap<>();
        List<Variable> parameters = new ArrayList<>();
        for (Parameter p : callable.getParameters()) {
            params.put(p.getNameAsString(), ref(p.getType()));
            parameters.add(new Variable(p.getNameAsString(), ref(p.getType()), annotations(p)));
        }
        Map<String, TypeRef> locals = new HashMap<>();
        for (VariableDeclarator v : callable.findAll(VariableDeclarator.class)) {
            if (!v.getType().isVarType()) {
                locals.putIfAbsent(v.getNameAsString(), ref(v.getType()));
            } else if (v.getInitializer().filter(Expression::isObjectCreationExpr).isPresent()) {
                locals.putIfAbsent(v.getNameAsString(), ref(v.getInitializer().get().asObjectCreationExpr().getType()));
            }
        }
        for (Parameter p : callable.findAll(Parameter.class)) {
            if (!params.containsKey(p.getNameAsString()) && !p.getType().isUnknownType() && !p.getType().isVarType()) {
                locals.putIfAbsent(p.getNameAsString(), ref(p.getType())); // typed lambda and catch parameters
            }
        }
        List<MethodCallExpr> calls = new ArrayList<>();
        for (MethodCallExpr call : callable.findAll(MethodCallExpr.class)) {
            if (call.findAncestor(TypeDeclaration.class).orElse(null) == type) {
                calls.add(call);
            }
        }
        Map<MethodCallExpr, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            index.put(calls.get(i), i);
        }
        List<CallSite> sites = new ArrayList<>(calls.size());
        for (MethodCallExpr call : calls) {
            sites.add(site(call, params, locals, index));
        }
        boolean constructor = callable instanceof ConstructorDeclaration;
        TypeRef returns = callable instanceof MethodDeclaration m ? ref(m.getType()) : TypeRef.of(type.getNameAsString());
        return new MethodInfo(constructor ? MethodInfo.CONSTRUCTOR : callable.getNameAsString(), returns, parameters,
                annotations(callable), Syntax.line(callable.getName()), callable.isPrivate(), sites,
                RowLimits.unboundedParameters(callable));
    }

    private CallSite site(MethodCallExpr call, Map<String, TypeRef> params, Map<String, TypeRef> locals,
                          Map<MethodCallExpr, Integer> index) {
        Receiver receiver = Receiver.OTHER;
        String receiverType = null;
        String member = null;
        int scopeCall = -1;
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty()) {
            receiver = Receiver.IMPLICIT_THIS;
            receiverType = type.getNameAsString();
        } else if (scope.get() instanceof ThisExpr) {
            receiver = Receiver.THIS;
            receiverType = type.getNameAsString();
        } else if (scope.get() instanceof NameExpr n) {
            String name = n.getNameAsString();
            if (locals.containsKey(name)) {
                receiver = Receiver.LOCAL;
                receiverType = locals.get(name).name();
            } else if (params.containsKey(name)) {
                receiver = Receiver.PARAMETER;
                receiverType = params.get(name).name();
            } else if (fields.containsKey(name)) {
                receiver = Receiver.FIELD;
                receiverType = fields.get(name).name();
            } else if (Character.isUpperCase(name.charAt(0)) && !Syntax.isConstantName(name)) {
                receiver = Receiver.STATIC;
                receiverType = name;
            }
        } else if (scope.get() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                && fields.containsKey(f.getNameAsString())) {
            receiver = Receiver.FIELD;
            receiverType = fields.get(f.getNameAsString()).name();
        } else if (scope.get() instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr owner
                && !Character.isUpperCase(f.getNameAsString().charAt(0)) && declared(owner.getNameAsString(), params, locals) != null) {
            receiver = Receiver.MEMBER; // holder.repository.findAll(): the field's type is known once holder's type is
            receiverType = declared(owner.getNameAsString(), params, locals).name();
            member = f.getNameAsString();
        } else if (scope.get() instanceof FieldAccessExpr f && Character.isUpperCase(f.getNameAsString().charAt(0))
                && !Syntax.isConstantName(f.getNameAsString())) {
            receiver = Receiver.STATIC; // java.time.Duration.ofSeconds(..)
            receiverType = f.getNameAsString();
        } else if (scope.get() instanceof MethodCallExpr inner && index.containsKey(inner)) {
            receiver = Receiver.CALL;
            scopeCall = index.get(inner);
        }
        return new CallSite(call.getNameAsString(), call.getArguments().size(), receiver, receiverType, member, scopeCall,
                Syntax.line(call), Syntax.endLine(call), Syntax.loopLine(call));
    }

    /** The declared type of a local, parameter or field of that name, in that order of precedence; null if none. */
    private TypeRef declared(String name, Map<String, TypeRef> params, Map<String, TypeRef> locals) {
        return locals.containsKey(name) ? locals.get(name) : params.containsKey(name) ? params.get(name) : fields.get(name);
    }

    private EntityMapping entity() {
        String name = type.getNameAsString();
        String table = type.getAnnotationByName("Table").flatMap(a -> Annotations.attribute(a, "name"))
                .orElse(FactCollector.snake(name));
        Map<String, String> columns = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (FieldDeclaration f : type.getFields()) {
            if (f.isStatic() || Syntax.annotated(f, Set.of("Transient", "OneToMany", "ManyToMany", "ElementCollection"))) {
                continue;
            }
            for (VariableDeclarator v : f.getVariables()) {
                String column = f.getAnnotationByName("Column").or(() -> f.getAnnotationByName("JoinColumn"))
                        .flatMap(a -> Annotations.attribute(a, "name"))
                        .orElse(Syntax.annotated(f, Set.of("ManyToOne", "OneToOne"))
                                ? FactCollector.snake(v.getNameAsString()) + "_id" : FactCollector.snake(v.getNameAsString()));
                columns.putIfAbsent(v.getNameAsString(), unquote(column));
                if (Syntax.annotated(f, Set.of("Id", "EmbeddedId"))) {
                    ids.add(v.getNameAsString());
                }
            }
        }
        return new EntityMapping(unquote(table), columns, ids);
    }

    private static String unquote(String s) {
        return s.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }

    static TypeRef ref(Type t) {
        if (t instanceof ClassOrInterfaceType c) {
            List<String> args = c.getTypeArguments().map(a -> a.stream().map(Syntax::typeName).toList()).orElse(List.of());
            return new TypeRef(c.getName().getIdentifier(), args);
        }
        return TypeRef.of(t.asString());
    }

    private static List<String> annotations(NodeWithAnnotations<?> node) {
        List<String> out = new ArrayList<>(node.getAnnotations().size());
        for (AnnotationExpr a : node.getAnnotations()) {
            out.add(Syntax.simpleName(a));
        }
        return out;
    }
}
