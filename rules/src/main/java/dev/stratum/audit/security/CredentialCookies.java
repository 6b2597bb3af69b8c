package dev.stratum.audit.security;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.stratum.audit.Annotations;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a file moves a credential through a cookie: it reads one named like a token or session
 * ({@code WebUtils.getCookie(request, "token")}, {@code @CookieValue("jwt")}, {@code "auth".equals(c.getName())})
 * or sets one ({@code new Cookie("token", jwt)}, {@code ResponseCookie.from("session", id)}). CSRF token cookies
 * ({@code XSRF-TOKEN}) are the protection, not a credential.
 */
public final class CredentialCookies {
    private static final Pattern CREDENTIAL = Pattern.compile("(?i).*(token|jwt|auth|bearer|session|sid).*");
    private static final Pattern CSRF = Pattern.compile("(?i).*[cx]srf.*");

    private CredentialCookies() {
    }

    public static boolean present(SourceFile file) {
        for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if ((name.equals("getCookie") || name.equals("from") && call.getScope().map(s -> s.toString()
                    .equals("ResponseCookie")).orElse(false)) && anyCredential(call.getArguments())) {
                return true;
            }
            if (name.equals("equals") && call.toString().contains("getName()") && (anyCredential(call.getArguments())
                    || call.getScope().filter(s -> s instanceof StringLiteralExpr l && credential(l.asString())).isPresent())) {
                return true;
            }
        }
        for (ObjectCreationExpr o : file.all(ObjectCreationExpr.class)) {
            if (o.getType().getNameAsString().equals("Cookie") && !o.getArguments().isEmpty()
                    && anyCredential(List.of(o.getArgument(0)))) {
                return true;
            }
        }
        for (AnnotationExpr a : file.all(AnnotationExpr.class)) {
            if (Syntax.simpleName(a).equals("CookieValue")) {
                List<String> names = Annotations.strings(a, "value");
                if (names.isEmpty()) {
                    names = Annotations.strings(a, "name");
                }
                if (names.isEmpty() && a.getParentNode().orElse(null) instanceof Parameter p) {
                    names = List.of(p.getNameAsString());
                }
                if (names.stream().anyMatch(CredentialCookies::credential)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyCredential(List<Expression> args) {
        return args.stream().anyMatch(a -> a instanceof StringLiteralExpr s && credential(s.asString()));
    }

    static boolean credential(String cookieName) {
        return CREDENTIAL.matcher(cookieName).matches() && !CSRF.matcher(cookieName).matches();
    }
}
