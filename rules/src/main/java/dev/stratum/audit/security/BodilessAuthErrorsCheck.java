package dev.stratum.audit.security;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.security.chain.SecurityChain;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SE013: an API that answers errors as problem+json, except 401 and 403, which leave with an empty body. */
public final class BodilessAuthErrorsCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE013", AuditArea.SECURITY, Severity.LOW,
            "401 and 403 without a problem body in a problem+json API",
            "The API promises RFC 9457 problem+json (ProblemDetail, problemdetails enabled), but Spring "
                    + "Security's default entry point and access-denied handler answer 401 and 403 with an empty "
                    + "body and no correlation id: clients need a second error parser, and support cannot match "
                    + "a rejected call to its log line.",
            "Set an AuthenticationEntryPoint and an AccessDeniedHandler on the resource server "
                    + "(oauth2ResourceServer(o -> o.authenticationEntryPoint(..).accessDeniedHandler(..))) that "
                    + "delegate to the default (for WWW-Authenticate) and write a ProblemDetail.",
            ".oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()))",
            ".oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults())\n"
                    + "        .authenticationEntryPoint(problems).accessDeniedHandler(problems))")
            .scope("oauth2ResourceServer in a filter chain; ProblemDetail/ErrorResponse in the sources or "
                            + "spring.mvc.problemdetails.enabled; authenticationEntryPoint/accessDeniedHandler calls "
                            + "and AuthenticationEntryPoint/AccessDeniedHandler types.",
                    "Bodies written by a servlet filter or a gateway in front; APIs that do not use problem+json "
                            + "elsewhere are not reported (an empty 401 with WWW-Authenticate is what RFC 6750 asks).");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var index = project.types();
        if (!index.hasCall("oauth2ResourceServer") || !promisesProblems(project)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!index.hasCall("authenticationEntryPoint") && !index.hasType("AuthenticationEntryPoint")
                && !index.hasType("ServerAuthenticationEntryPoint")) {
            missing.add("401");
        }
        if (!index.hasCall("accessDeniedHandler") && !index.hasType("AccessDeniedHandler")
                && !index.hasType("ServerAccessDeniedHandler")) {
            missing.add("403");
        }
        if (missing.isEmpty()) {
            return;
        }
        Optional<SecurityChain> chain = index.securityChains().stream().filter(c -> !c.ignoring()).findFirst();
        String message = String.join(" and ", missing) + " leave with an empty body while the API's other errors are "
                + "problem+json: no " + (missing.size() == 2 ? "authentication entry point or access-denied handler"
                : missing.contains("401") ? "authentication entry point" : "access-denied handler") + " is set";
        chain.ifPresent(c -> sink.report(this, c.file(), c.line(), message));
    }

    private static boolean promisesProblems(ProjectModel project) {
        return project.types().hasType("ProblemDetail") || project.types().hasType("ErrorResponse")
                || project.configs().stream().anyMatch(s -> s.get("spring.mvc.problemdetails.enabled")
                .or(() -> s.get("spring.webflux.problemdetails.enabled"))
                .map(p -> p.value().strip().equalsIgnoreCase("true")).orElse(false));
    }
}
