package dev.stratum.audit.database;

import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.stratum.audit.Premise;
import dev.stratum.audit.Syntax;
import dev.stratum.audit.model.ProjectTypes;
import dev.stratum.audit.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The type of a value concatenated into a query, as far as one file and then the project model tell: numbers,
 * booleans and enum constants cannot carry a quote, so concatenating them is not injection.
 */
final class QueryOperands {
    /** Types whose string form is digits, a sign, a dot or true/false. */
    static final Set<String> VALUE_TYPES = Set.of("int", "long", "short", "byte", "double", "float", "boolean",
            "Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "BigDecimal", "BigInteger",
            "AtomicInteger", "AtomicLong", "Number");
    /** No-argument methods that return a number whatever they are called on. */
    private static final Set<String> NUMERIC_METHODS = Set.of("size", "length", "ordinal", "hashCode", "intValue",
            "longValue", "count", "getAsInt", "getAsLong");
    private static final Set<String> TO_STRING = Set.of("valueOf", "toString");

    /** What one file knows about the operands: some cannot be told safe; the rest may need the project's types. */
    record Verdict(boolean unsafe, List<Premise.Operand> pending) {
    }

    private QueryOperands() {
    }

    static Verdict of(List<Expression> operands) {
        List<Premise.Operand> pending = new ArrayList<>();
        for (Expression e : operands) {
            Optional<Premise.Operand> o = operand(e);
            if (o.isEmpty()) {
                return new Verdict(true, List.of());
            }
            if (!VALUE_TYPES.contains(o.get().type()) || o.get().member() != null) {
                pending.add(o.get());
            }
        }
        return new Verdict(false, pending);
    }

    /** The operand's type (or a member of a declared type), empty when it cannot be told or is text. */
    private static Optional<Premise.Operand> operand(Expression e) {
        if (e.isEnclosedExpr()) {
            return operand(e.asEnclosedExpr().getInner());
        }
        if (e instanceof CastExpr cast) {
            return Optional.of(new Premise.Operand(Syntax.typeName(cast.getType()), null));
        }
        if (e instanceof NameExpr n) {
            return declared(e, n.getNameAsString()).map(t -> new Premise.Operand(t, null));
        }
        if (e instanceof FieldAccessExpr f) {
            if (f.getScope() instanceof ThisExpr) {
                return declared(e, f.getNameAsString()).map(t -> new Premise.Operand(t, null));
            }
            if (f.getScope() instanceof NameExpr owner) {
                return declared(e, owner.getNameAsString()).map(t -> new Premise.Operand(t, f.getNameAsString()));
            }
            return Optional.empty();
        }
        if (e instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            if (m.getArguments().isEmpty() && NUMERIC_METHODS.contains(name)) {
                return Optional.of(new Premise.Operand("int", null));
            }
            if (TO_STRING.contains(name) && m.getArguments().size() == 1 && m.getScope().orElse(null) instanceof NameExpr t
                    && Set.of("String", "Integer", "Long", "Double", "Boolean", "Objects").contains(t.getNameAsString())) {
                return operand(m.getArgument(0));
            }
            if (m.getArguments().isEmpty() && m.getScope().orElse(null) instanceof NameExpr owner) {
                return declared(e, owner.getNameAsString()).map(t -> new Premise.Operand(t, name));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> declared(Expression at, String name) {
        return Syntax.declaredType(at, name).filter(t -> !t.equals("String") && !t.equals("Object")
                && !t.equals("CharSequence") && !t.equals("char") && !t.equals("Character"));
    }

    /** With the project's types: every pending operand is a number, a boolean or an enum constant. */
    static boolean allValues(List<Premise.Operand> operands, ProjectTypes types) {
        for (Premise.Operand o : operands) {
            if (!isValue(o, types)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValue(Premise.Operand o, ProjectTypes types) {
        if (o.member() == null) {
            return VALUE_TYPES.contains(o.type()) || types.isEnum(o.type());
        }
        if (types.isEnum(o.type()) && Set.of("name", "toString").contains(o.member())) {
            return true;
        }
        Optional<TypeRef> member = types.memberType(o.type(), o.member());
        return member.isPresent() && (VALUE_TYPES.contains(member.get().name()) || types.isEnum(member.get().name()));
    }
}
