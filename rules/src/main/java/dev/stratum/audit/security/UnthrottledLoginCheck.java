package dev.stratum.audit.security;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.stratum.audit.Annotations;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.audit.model.ProjectType;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SE020: the application's own password login endpoint, with nothing in the project that limits attempts. Only
 * logins the application implements itself: Spring Security's formLogin and an authorization server's token
 * endpoint are framework code, and the project may throttle them in front (a gateway), which the audit cannot see.
 */
public final class UnthrottledLoginCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE020", AuditArea.SECURITY, Severity.MEDIUM,
            "Login endpoint without rate limit or lockout",
            "A public endpoint that checks a password and answers as fast as it can lets anyone try passwords "
                    + "without limit: a leaked password list (credential stuffing) or a guessing script opens the "
                    + "accounts with weak or reused passwords, and nothing in the logs slows it down.",
            "Limit attempts per account and per client address (bucket4j or Resilience4j RateLimiter in a filter "
                    + "on the login path), lock or delay an account after repeated failures (listen to "
                    + "AuthenticationFailureBadCredentialsEvent), or put the limit in the gateway in front.",
            "@PostMapping(\"/signin\")\npublic Tokens signin(@RequestParam String username, @RequestParam String password)",
            "@PostMapping(\"/signin\") @RateLimiter(name = \"login\")\npublic Tokens signin(...)")
            .scope("POST handlers of the project's controllers whose path ends in login, signin, sign-in, logon or "
                            + "authenticate; the project's dependencies (bucket4j, Resilience4j rate limiter, Spring "
                            + "Cloud Gateway) and its own types named for rate limits, throttling, login attempts or "
                            + "lockout.",
                    "Limits set outside the application (an API gateway, a WAF, nginx limit_req), lockout kept in "
                            + "the user table by code with other names, and logins through framework endpoints.");

    private static final Pattern LOGIN_PATH = Pattern.compile("(?i)(.*[/_.-])?(log-?in|sign-?in|log-?on|authenticate)/?");
    private static final Set<String> LIMITER_ARTIFACTS = Set.of("bucket4j-core", "bucket4j-jdk17-core",
            "bucket4j_jdk17-core", "bucket4j-spring-boot-starter", "resilience4j-ratelimiter",
            "spring-cloud-starter-gateway", "spring-cloud-starter-gateway-server-webflux");
    private static final Pattern LIMITER_TYPE = Pattern.compile(
            ".*(RateLimit|Throttl|LoginAttempt|LoginFailure|FailedLogin|Lockout|BruteForce).*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Mapping")) {
            return;
        }
        for (MethodDeclaration m : file.all(MethodDeclaration.class)) {
            if (!Syntax.inController(m) || Syntax.annotated(m, "RateLimiter")) {
                continue;
            }
            loginMapping(m).ifPresent(login -> sink.reportIf(new Premise.ProjectWide(), this, login.annotation(),
                    "POST " + login.path() + " is a login by its path, and nothing in the project limits attempts "
                            + "or locks accounts"));
        }
    }

    private record LoginMapping(AnnotationExpr annotation, String path) {
    }

    /** A POST mapping whose path names a login. */
    private static Optional<LoginMapping> loginMapping(MethodDeclaration m) {
        for (AnnotationExpr a : m.getAnnotations()) {
            String name = Syntax.simpleName(a);
            boolean post = name.equals("PostMapping") || (name.equals("RequestMapping")
                    && Annotations.expression(a, "method").map(e -> e.toString().contains("POST")).orElse(false));
            if (!post) {
                continue;
            }
            List<String> paths = new ArrayList<>(Annotations.strings(a, "value"));
            paths.addAll(Annotations.strings(a, "path"));
            for (String path : paths) {
                if (LOGIN_PATH.matcher(path.toLowerCase(Locale.ROOT)).matches()) {
                    return Optional.of(new LoginMapping(a, path));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        if (LIMITER_ARTIFACTS.stream().anyMatch(project.dependencies()::has)) {
            return false;
        }
        for (ProjectType type : project.types().all()) {
            if (LIMITER_TYPE.matcher(type.name()).matches()) {
                return false;
            }
        }
        return !project.types().hasAnnotation("RateLimiter");
    }
}
