package com.acme.accounts.web;

import com.acme.accounts.token.TokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/** Authenticates the browser from the token cookie it was given at login. */
@Component
public class SessionTokenFilter extends OncePerRequestFilter {
    private final TokenService tokens;

    public SessionTokenFilter(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Cookie cookie = WebUtils.getCookie(request, "session_token");
        if (cookie != null) {
            SecurityContextHolder.getContext().setAuthentication(tokens.authenticate(cookie.getValue()));
        }
        chain.doFilter(request, response);
    }
}
