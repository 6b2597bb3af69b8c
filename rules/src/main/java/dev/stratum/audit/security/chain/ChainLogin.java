package dev.stratum.audit.security.chain;

import java.util.List;
import java.util.Set;

/**
 * How one filter chain authenticates and whether it keeps CSRF protection, as written: the login mechanisms it
 * configures ({@code formLogin}, {@code oauth2Login}, {@code httpBasic}, {@code oauth2ResourceServer}, ...;
 * {@code super.configure(http)} counts as the default form login), whether it creates no session
 * ({@code SessionCreationPolicy.STATELESS}), and the line where CSRF protection is switched off for every request
 * ({@code csrf().disable()}, {@code csrf(AbstractHttpConfigurer::disable)}, {@code ignoringAntMatchers("/**")}),
 * 0 while it is on; {@code customFilter}: the chain adds a filter of the application's ({@code addFilterBefore(..)}),
 * which is where hand-written authentication (a token read from a header or a cookie) happens.
 */
public record ChainLogin(List<String> mechanisms, boolean stateless, int csrfOffLine, boolean customFilter) {
    public static final ChainLogin NONE = new ChainLogin(List.of(), false, 0, false);
    /** What {@code WebSecurityConfigurerAdapter.configure(http)} sets up when called through {@code super}. */
    public static final String DEFAULT_LOGIN = "default form login";
    /** Mechanisms that log a browser in and keep it logged in with a cookie. */
    public static final Set<String> BROWSER = Set.of("formLogin", "oauth2Login", "saml2Login", "rememberMe",
            "openidLogin", DEFAULT_LOGIN);
    static final Set<String> ALL = Set.of("formLogin", "oauth2Login", "saml2Login", "rememberMe", "openidLogin",
            "httpBasic", "oauth2ResourceServer", "x509", "jee", "oneTimeTokenLogin", "webAuthn");

    public ChainLogin {
        mechanisms = List.copyOf(mechanisms);
    }

    /** Whether the chain's authentication may be the application's own: a filter it adds, or no mechanism at all. */
    public boolean ownAuthentication() {
        return customFilter || mechanisms.isEmpty();
    }

    /** The browser-session mechanisms of this chain, unless it creates no session. */
    public List<String> browserSessions() {
        return stateless ? List.of() : mechanisms.stream().filter(BROWSER::contains).toList();
    }
}
