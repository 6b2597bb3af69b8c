package dev.stratum.audit.security;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SE019: a one-time code, token, password or salt drawn from a predictable generator. {@code java.util.Random} is a
 * linear congruential generator: a few outputs give away its seed and so every code it hands out after them.
 */
public final class PredictableSecretCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE019", AuditArea.SECURITY, Severity.HIGH,
            "Security code drawn from a predictable random generator",
            "java.util.Random, Math.random() and ThreadLocalRandom are not cryptographic: from a few codes an "
                    + "attacker recovers the generator's state and predicts the next verification code, reset token "
                    + "or generated password, and takes over the account it was sent to.",
            "Draw security values from java.security.SecureRandom (one shared instance), e.g. "
                    + "String.format(\"%06d\", secureRandom.nextInt(1_000_000)), or use a token library.",
            "String code = String.valueOf(new Random().nextInt(1_000_000)); // SMS verification code",
            "private static final SecureRandom RANDOM = new SecureRandom();\n"
                    + "String code = String.format(\"%06d\", RANDOM.nextInt(1_000_000));")
            .scope("new Random(..), Math.random(), ThreadLocalRandom.current() and commons-lang RandomStringUtils/"
                            + "RandomUtils in a method, variable or field whose name says it makes a security value "
                            + "(verification or auth code, OTP, token, password, secret, salt, nonce, captcha, PIN).",
                    "Generators passed in from elsewhere, security values whose names say nothing (a coupon code "
                            + "that doubles as a voucher secret), and whether the value is then returned to the caller.");

    /** Names of security values; matched against camel-case words, so "encodeBarcode" is not "code". */
    private static final Pattern SECURITY_NAME = Pattern.compile(
            "(?i).*(auth_?code|verif|otp|one_?time|token|password|passwd|secret|salt|nonce|captcha|pin_?code|"
                    + "reset_?code|sms_?code|activation_?code|api_?key|session_?id).*");
    private static final Set<String> INSECURE_STATIC = Set.of("RandomStringUtils", "RandomUtils");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Random") && !file.mentions("random")) {
            return;
        }
        Set<CallableDeclaration<?>> reported = new HashSet<>();
        for (Node draw : draws(file)) {
            Optional<CallableDeclaration> owner = draw.findAncestor(CallableDeclaration.class);
            Optional<String> purpose = purpose(draw, owner);
            if (purpose.isPresent() && (owner.isEmpty() || reported.add(owner.get()))) {
                sink.report(this, draw, purpose.get() + " comes from " + generator(draw)
                        + ", which is predictable: use SecureRandom");
            }
        }
    }

    /** Where a predictable generator is created or drawn from. */
    private static List<Node> draws(SourceFile file) {
        List<Node> out = new ArrayList<>();
        for (ObjectCreationExpr n : file.all(ObjectCreationExpr.class)) {
            if (n.getType().getNameAsString().equals("Random")) {
                out.add(n);
            }
        }
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            if (call.getScope().orElse(null) instanceof NameExpr scope) {
                String type = scope.getNameAsString();
                if ((type.equals("Math") && call.getNameAsString().equals("random"))
                        || (type.equals("ThreadLocalRandom") && call.getNameAsString().equals("current"))
                        || (INSECURE_STATIC.contains(type) && call.getNameAsString().startsWith("random"))) {
                    out.add(call);
                }
            }
        }
        out.sort(Comparator.comparingInt(n -> n.getBegin().map(p -> p.line).orElse(0)));
        return out;
    }

    /** The security value being made, named by the enclosing method, the variable assigned or the field. */
    private static Optional<String> purpose(Node draw, Optional<CallableDeclaration> owner) {
        Optional<String> variable = draw.findAncestor(VariableDeclarator.class).map(v -> v.getNameAsString())
                .or(() -> draw.findAncestor(AssignExpr.class).map(a -> a.getTarget().toString()));
        if (variable.filter(PredictableSecretCheck::security).isPresent()) {
            return variable.map(v -> "'" + v + "'");
        }
        Optional<String> method = owner.map(CallableDeclaration::getNameAsString);
        return method.filter(PredictableSecretCheck::security).map(m -> "the value " + m + "() makes");
    }

    private static boolean security(String name) {
        return SECURITY_NAME.matcher(snake(name)).matches();
    }

    /** authCode -> auth_code, so one pattern covers camelCase and snake_case names. */
    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String generator(Node draw) {
        if (draw instanceof ObjectCreationExpr) {
            return "java.util.Random";
        }
        MethodCallExpr call = (MethodCallExpr) draw;
        return call.getScope().map(Object::toString).orElse("") + "." + call.getNameAsString() + "()";
    }
}
