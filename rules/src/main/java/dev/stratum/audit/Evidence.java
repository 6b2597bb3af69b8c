package dev.stratum.audit;

/** Values of {@link FactKeys#EVIDENCE}: facts about the code that no single type or call name carries. */
public final class Evidence {
    /** A {@code JwtClaimValidator} on the {@code aud} claim (an audience check written by hand). */
    public static final String JWT_AUDIENCE_CLAIM = "jwt-audience-claim";

    /** A query or transaction timeout set in code: {@code @Transactional(timeout)}, a timeout hint, statement_timeout. */
    public static final String DB_TIMEOUT = "db-timeout";

    private Evidence() {
    }
}
