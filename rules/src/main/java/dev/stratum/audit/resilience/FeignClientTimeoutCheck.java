package dev.stratum.audit.resilience;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.stratum.audit.Annotations;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.Evidence;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;
import java.util.Optional;

/**
 * RE011: a Feign client with an explicit URL (an external service, not a load-balanced one) left on Feign's
 * defaults, 10 s to connect and 60 s to read, with no circuit breaker to cut the call short or run its fallback.
 */
public final class FeignClientTimeoutCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("RE011", AuditArea.RESILIENCE, Severity.MEDIUM,
            "Feign client to an external URL with default timeouts and no circuit breaker",
            "OpenFeign waits 60 s for a response by default. A @FeignClient with a url calls its host directly (no "
                    + "load balancer timeouts), so a slow partner holds each calling thread for a minute; without "
                    + "feign.hystrix.enabled or feign.circuitbreaker.enabled its fallback is never called either.",
            "Set feign.client.config.<name>.connect-timeout and read-timeout (spring.cloud.openfeign.client.config."
                    + "<name>.* since Spring Cloud 2022), or turn on the circuit breaker "
                    + "(spring.cloud.openfeign.circuitbreaker.enabled=true) so the fallback runs on a time limit.",
            "@FeignClient(name = \"rates\", url = \"${rates.url}\", fallback = RatesFallback.class)",
            "spring.cloud.openfeign.client.config.rates.read-timeout: 3000")
            .scope("@FeignClient interfaces with a url attribute, against the production configuration of their own "
                        + "module: feign.client.config.<name|default>.*-timeout, "
                        + "spring.cloud.openfeign.client.config.<name|default>.*-timeout, feign.hystrix.enabled, "
                        + "feign.circuitbreaker.enabled, spring.cloud.openfeign.circuitbreaker.enabled; "
                        + "new Request.Options(..) anywhere in the code counts as timeouts set.",
                "Configuration served by a config server (not in the tree), a configuration class named in "
                        + "@FeignClient(configuration) that sets Options through a builder, and load-balanced clients "
                        + "without a url (Ribbon's 1 s defaults on Spring Cloud Netflix; on Spring Cloud LoadBalancer "
                        + "Feign's 60 s apply and are not reported).");

    private static final List<String> CONFIG_PREFIXES = List.of("feign.client.config.", "spring.cloud.openfeign.client.config.");
    private static final List<String> CIRCUIT_BREAKERS = List.of("feign.hystrix.enabled", "feign.circuitbreaker.enabled",
            "spring.cloud.openfeign.circuitbreaker.enabled");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("FeignClient")) {
            return;
        }
        for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
            Optional<AnnotationExpr> feign = type.getAnnotationByName("FeignClient");
            if (feign.isEmpty() || url(feign.get()).isEmpty()) {
                continue;
            }
            AnnotationExpr a = feign.get();
            String name = Annotations.attribute(a, "contextId").or(() -> Annotations.attribute(a, "name"))
                    .or(() -> Annotations.attribute(a, "value")).orElse(type.getNameAsString());
            boolean fallback = Annotations.expression(a, "fallback").isPresent()
                    || Annotations.expression(a, "fallbackFactory").isPresent();
            sink.reportIf(new Premise.FeignClient(file.path(), name), this, a, "Feign client '" + name + "' calls "
                    + url(a).get() + " with Feign's default timeouts (60 s read) and no circuit breaker"
                    + (fallback ? ": its fallback never runs" : ""));
        }
    }

    /** The url attribute as written, when it is not empty. */
    private static Optional<String> url(AnnotationExpr feign) {
        Optional<Expression> url = Annotations.expression(feign, "url");
        return url.filter(u -> !(u instanceof StringLiteralExpr s && s.asString().isBlank()))
                .map(u -> u instanceof StringLiteralExpr s ? s.asString() : u.toString());
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        if (!(premise instanceof Premise.FeignClient client) || project.types().hasEvidence(Evidence.FEIGN_OPTIONS)) {
            return false;
        }
        Optional<ConfigSet> config = ClientChains.configOf(project, client.file());
        if (config.isEmpty()) {
            return true;
        }
        for (String key : CIRCUIT_BREAKERS) {
            if (config.get().get(key).map(p -> p.value().strip().equalsIgnoreCase("true")).orElse(false)) {
                return false;
            }
        }
        String name = ConfigProperty.canonical(client.name());
        for (ConfigProperty p : config.get().productionView()) {
            String k = p.canonicalKey();
            for (String prefix : CONFIG_PREFIXES) {
                String p0 = ConfigProperty.canonical(prefix);
                String rest = k.startsWith(p0) ? k.substring(p0.length()) : null;
                if (rest != null && (rest.startsWith("default.") || rest.startsWith(name + "."))
                        && (rest.endsWith("readtimeout") || rest.endsWith("connecttimeout"))) {
                    return false;
                }
            }
        }
        return true;
    }
}
