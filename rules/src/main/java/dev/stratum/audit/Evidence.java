package dev.stratum.audit;

/** Facts about the code that no single type or call name carries ({@link dev.stratum.audit.model.FileFacts#evidence}). */
public enum Evidence {
    /** A {@code JwtClaimValidator} on the {@code aud} claim (an audience check written by hand). */
    JWT_AUDIENCE_CLAIM,
    /** A query or transaction timeout set in code: {@code @Transactional(timeout)}, a timeout hint, statement_timeout. */
    DB_TIMEOUT,
    /** Feign request options built in code ({@code new Request.Options(..)}): a Feign connect and read timeout. */
    FEIGN_OPTIONS,
    /**
     * A credential travels in a cookie: code reads or sets a cookie named like a token or session ({@code token},
     * {@code jwt}, {@code auth}, {@code session}; CSRF token cookies excepted), so browsers send it by themselves.
     */
    CREDENTIAL_COOKIE
}
