package dev.stratum.audit.security.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.security.chain.SecurityChain.Access;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Filter chains read from code decide paths as Spring Security would: first matching rule, scope, unknowns. */
class SecurityChainTest {
    private static List<SecurityChain> chains(String code) {
        return ChainReader.read(new SourceFile("S.java", StaticJavaParser.parse(code), code));
    }

    @Test
    void firstMatchingRuleDecidesAndConstantsAreResolved() {
        List<SecurityChain> chains = chains("""
                class S {
                    private static final String[] OPEN = {"/actuator/health/**", "/actuator/prometheus"};
                    SecurityFilterChain api(HttpSecurity http) throws Exception {
                        return http.authorizeHttpRequests(a -> a.requestMatchers(OPEN).permitAll()
                                .requestMatchers(EndpointRequest.toAnyEndpoint().excluding("info")).hasRole("OPS")
                                .anyRequest().authenticated()).build();
                    }
                }
                """);
        assertThat(SecurityChain.decideAll(chains, "/actuator/prometheus", "prometheus")).isEqualTo(Access.OPEN);
        assertThat(SecurityChain.decideAll(chains, "/actuator/health/liveness", "health")).isEqualTo(Access.OPEN);
        assertThat(SecurityChain.decideAll(chains, "/actuator/env", "env")).isEqualTo(Access.PROTECTED);
        assertThat(SecurityChain.decideAll(chains, "/api/orders", null)).isEqualTo(Access.PROTECTED);
    }

    @Test
    void aChainScopedToTheApiLeavesTheActuatorUncoveredAndUnresolvedMatchersAreUnknown() {
        List<SecurityChain> scoped = chains("""
                class S {
                    SecurityFilterChain api(HttpSecurity http) throws Exception {
                        return http.securityMatcher("/api/**")
                                .authorizeHttpRequests(a -> a.anyRequest().authenticated()).build();
                    }
                }
                """);
        assertThat(SecurityChain.decideAll(scoped, "/actuator/heapdump", "heapdump")).isEqualTo(Access.NOT_COVERED);
        assertThat(SecurityChain.decideAll(scoped, "/api/x", null)).isEqualTo(Access.PROTECTED);

        List<SecurityChain> unknown = chains("""
                class S {
                    SecurityFilterChain api(HttpSecurity http, Props props) throws Exception {
                        return http.authorizeHttpRequests(a -> a.requestMatchers(props.openPaths()).permitAll()
                                .anyRequest().authenticated()).build();
                    }
                }
                """);
        assertThat(SecurityChain.decideAll(unknown, "/actuator/env", "env")).isEqualTo(Access.UNKNOWN);
    }

    @Test
    void antPatternsMatchLikeSpring() {
        assertThat(AntPaths.matches("/actuator/**", "/actuator")).isTrue();
        assertThat(AntPaths.matches("/actuator/*", "/actuator/env/x")).isFalse();
        assertThat(AntPaths.matches("/items/{id}", "/items/42")).isTrue();
        assertThat(AntPaths.matches("/**/*.css", "/static/a/b.css")).isTrue();
        assertThat(AntPaths.matches("/api/v?/x", "/api/v1/x")).isTrue();
    }
}
