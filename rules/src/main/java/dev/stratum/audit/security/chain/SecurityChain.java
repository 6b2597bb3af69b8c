package dev.stratum.audit.security.chain;

import java.util.ArrayList;
import java.util.List;

/**
 * One Spring Security filter chain as written in the audited code: the requests it covers ({@code scope}, empty for
 * every request) and its authorisation rules in order. {@code ignoring} marks a {@code web.ignoring()} list, which
 * bypasses security entirely. Patterns are path patterns or the tokens below. {@code login} says how the chain
 * authenticates and whether it keeps CSRF protection.
 */
public record SecurityChain(String file, int line, boolean ignoring, List<String> scope, List<Rule> rules,
                            ChainLogin login) {
    /** Any request ({@code anyRequest()}, {@code anyExchange()}). */
    public static final String ANY = "**";
    /** An argument the reader could not resolve (a method call, a configuration value). */
    public static final String UNKNOWN = "?";
    /** {@code EndpointRequest.toAnyEndpoint()}; {@code @endpoints!a,b} when {@code excluding("a","b")}. */
    public static final String ENDPOINTS = "@endpoints";
    /** {@code EndpointRequest.to("id")}: {@code @endpoint:id}. */
    public static final String ENDPOINT = "@endpoint:";

    public record Rule(List<String> patterns, boolean permit) {
    }

    /** What a chain (or all chains) decide for one request. */
    public enum Access { OPEN, PROTECTED, UNKNOWN, NOT_COVERED }

    /**
     * The decision for {@code path}; {@code endpoint} is the Actuator endpoint id it serves, or null. The first rule
     * that matches decides; an unresolved pattern before it makes the answer unknown; a chain without rules
     * authorises nothing, so everything it covers is open.
     */
    public Access decide(String path, String endpoint) {
        if (!scope.isEmpty()) {
            Boolean covered = anyMatches(scope, path, endpoint);
            if (covered == null) {
                return Access.UNKNOWN;
            }
            if (!covered) {
                return Access.NOT_COVERED;
            }
        }
        if (ignoring) {
            return Access.OPEN;
        }
        if (rules.isEmpty()) {
            return Access.OPEN;
        }
        for (Rule r : rules) {
            Boolean m = anyMatches(r.patterns(), path, endpoint);
            if (m == null) {
                return Access.UNKNOWN;
            }
            if (m) {
                return r.permit() ? Access.OPEN : Access.PROTECTED;
            }
        }
        return Access.PROTECTED; // no rule matched: Spring Security denies
    }

    /** True, false, or null when an unresolved pattern could match. */
    private static Boolean anyMatches(List<String> patterns, String path, String endpoint) {
        boolean unknown = false;
        for (String p : patterns) {
            if (p.equals(UNKNOWN)) {
                unknown = true;
            } else if (matches(p, path, endpoint)) {
                return true;
            }
        }
        return unknown ? null : false;
    }

    static boolean matches(String pattern, String path, String endpoint) {
        if (pattern.equals(ANY)) {
            return true;
        }
        if (pattern.startsWith(ENDPOINTS)) {
            if (endpoint == null) {
                return false;
            }
            int bang = pattern.indexOf('!');
            return bang < 0 || !List.of(pattern.substring(bang + 1).split(",")).contains(endpoint);
        }
        if (pattern.startsWith(ENDPOINT)) {
            return pattern.substring(ENDPOINT.length()).equals(endpoint);
        }
        if (pattern.startsWith("@")) {
            return false; // static resources and other request helpers
        }
        return AntPaths.matches(pattern, path);
    }

    /** What every chain of a project together decides: Spring Security uses the first chain that covers a request. */
    public static Access decideAll(List<SecurityChain> chains, String path, String endpoint) {
        List<Access> covering = new ArrayList<>();
        for (SecurityChain c : chains) {
            Access a = c.decide(path, endpoint);
            if (c.ignoring() && a == Access.OPEN) {
                return Access.OPEN; // ignored paths never reach a chain
            }
            if (a != Access.NOT_COVERED && !c.ignoring()) {
                covering.add(a);
            }
        }
        if (covering.isEmpty()) {
            return Access.NOT_COVERED;
        }
        Access first = covering.get(0);
        // the chains' order (@Order) is not read: only a unanimous answer is an answer
        return covering.stream().allMatch(a -> a == first) ? first : Access.UNKNOWN;
    }
}
