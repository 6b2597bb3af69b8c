package dev.stratum.audit.security;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.Evidence;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.security.chain.SecurityChain;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;

/**
 * SE004: CSRF protection off on a filter chain whose users are browsers that stay logged in with a cookie: a
 * session login (form, OAuth2 or SAML login, remember-me) or a token the application keeps in a cookie.
 */
public final class CsrfDisabledCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE004", AuditArea.SECURITY, Severity.HIGH,
            "CSRF protection disabled with cookie authentication",
            "With form login, an OAuth2 login or a token kept in a cookie, the browser sends the credential on every "
                    + "request, including ones forged by another site. Disabling CSRF lets any page a user visits "
                    + "act as that user.",
            "Keep CSRF on for browser logins (use CookieCsrfTokenRepository for SPAs), or send the token in the "
                    + "Authorization header instead of a cookie. Disable it only for APIs whose clients send "
                    + "credentials themselves (HTTP Basic, bearer tokens in a header).",
            "http.csrf(csrf -> csrf.disable()).formLogin(Customizer.withDefaults());",
            "http.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()))")
            .scope("Each filter chain as written (security.chain): csrf().disable(), csrf(..::disable) or "
                            + "ignoringAntMatchers/ignoringRequestMatchers(\"/**\"); its login mechanisms "
                            + "(formLogin, oauth2Login, saml2Login, rememberMe, super.configure(http)) unless "
                            + "SessionCreationPolicy.STATELESS; and whether the application's code reads or sets a "
                            + "cookie named like a token or session (getCookie, @CookieValue, new Cookie, "
                            + "ResponseCookie.from), for chains that add a filter of their own or configure no login. "
                            + "Chains with HTTP Basic or a bearer header only are not reported.",
                    "CSRF switched off for some paths only, chains built outside a chain method, sessions created by "
                            + "hand-written code without a cookie read by name, a cookie name held in a constant of "
                            + "another class.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel whole, FindingSink sink) {
        for (ProjectModel app : whole.applications()) {
            boolean cookieToken = app.types().hasEvidence(Evidence.CREDENTIAL_COOKIE);
            for (SecurityChain chain : app.types().securityChains()) {
                int line = chain.login().csrfOffLine();
                if (line == 0) {
                    continue;
                }
                List<String> sessions = chain.login().browserSessions();
                if (!sessions.isEmpty()) {
                    sink.report(this, chain.file(), line, "CSRF protection is disabled on a chain with "
                            + String.join(" and ", sessions) + ": the browser's session cookie is sent with forged "
                            + "requests too");
                } else if (cookieToken && chain.login().ownAuthentication()) {
                    sink.report(this, chain.file(), line, "CSRF protection is disabled while the application keeps "
                            + "a credential in a cookie (read or set by name), which browsers send with forged "
                            + "requests too");
                }
            }
        }
    }
}
