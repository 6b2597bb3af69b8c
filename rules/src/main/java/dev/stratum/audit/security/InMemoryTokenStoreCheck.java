package dev.stratum.audit.security;

import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Map;

/** SE021: an OAuth2 authorization server that keeps issued tokens in the JVM's memory. */
public final class InMemoryTokenStoreCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("SE021", AuditArea.SECURITY, Severity.MEDIUM,
            "OAuth2 tokens kept in memory",
            "An authorization server that stores its tokens (or authorizations) in memory forgets them on every "
                    + "restart, logging every user and client out, and a second instance cannot validate tokens the "
                    + "first one issued: it cannot be scaled or redeployed without an outage.",
            "Store tokens in a shared store (JdbcOAuth2AuthorizationService, JdbcTokenStore, RedisTokenStore) or "
                    + "issue self-contained JWTs (JwtTokenStore with a signing key) so any instance can validate them.",
            "private TokenStore tokenStore = new InMemoryTokenStore();",
            "new JdbcOAuth2AuthorizationService(jdbcTemplate, registeredClientRepository)")
            .scope("Constructions of Spring Security OAuth's InMemoryTokenStore and InMemoryAuthorizationCodeServices "
                            + "and of Spring Authorization Server's InMemoryOAuth2AuthorizationService and "
                            + "InMemoryOAuth2AuthorizationConsentService in main sources, unless under a non-production "
                            + "@Profile.",
                    "Stores chosen by configuration properties or conditional beans, token stores of other "
                            + "libraries, a single-instance deployment where losing tokens on restart is accepted.");

    /** In-memory stores and what they lose on a restart. */
    private static final Map<String, String> STORES = Map.of(
            "InMemoryTokenStore", "issued tokens",
            "InMemoryAuthorizationCodeServices", "pending authorization codes",
            "InMemoryOAuth2AuthorizationService", "issued tokens and authorizations",
            "InMemoryOAuth2AuthorizationConsentService", "users' consents");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("InMemory")) {
            return;
        }
        for (ObjectCreationExpr o : file.all(ObjectCreationExpr.class)) {
            String type = o.getType().getNameAsString();
            if (STORES.containsKey(type) && !ProfileGuards.outsideProduction(o)) {
                sink.report(this, o, type + " keeps " + STORES.get(type) + " in this JVM: a restart loses them and "
                        + "another instance cannot see them");
            }
        }
    }
}
