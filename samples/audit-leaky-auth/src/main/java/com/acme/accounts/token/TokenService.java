package com.acme.accounts.token;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

@Service
public class TokenService {
    private static final Logger log = LoggerFactory.getLogger(TokenService.class);
    private final Map<String, IssuedToken> issued = new ConcurrentHashMap<>();

    public Authentication authenticate(String token) {
        IssuedToken found = issued.get(token);
        if (found == null) {
            throw new InvalidTokenException("unknown token " + token);
        }
        if (found.revoked()) {
            // look-alike for SE011: names whose token was replayed, not the token
            log.warn("revoked token replayed for {}", found.getOwner());
            throw new InvalidTokenException("revoked");
        }
        return new UsernamePasswordAuthenticationToken(found.getOwner(), null, java.util.List.of());
    }

    public record IssuedToken(String owner, boolean revoked) {
        public String getOwner() {
            return owner;
        }
    }

    public static class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
