package dev.stratum.audit.security;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.ResourceFiles;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;

/** SE014: a containerised web service that ignores X-Forwarded-* headers. */
public final class ForwardHeadersCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("SE014", AuditArea.SECURITY, Severity.LOW,
            "No forward-headers strategy behind a proxy",
            "Behind a TLS-terminating load balancer or ingress the service sees plain http from the proxy: it "
                    + "builds http:// links and redirects (Location headers, OAuth2 redirect URIs), never sends "
                    + "HSTS (Spring Security writes it only on secure requests) and logs the proxy's address "
                    + "instead of the client's.",
            "Set server.forward-headers-strategy=native (the server honours X-Forwarded-*; only behind a proxy that "
                    + "overwrites them) or framework; test it with a request carrying X-Forwarded-Proto: https.",
            "# packaged as a container image; server.forward-headers-strategy not set",
            "server.forward-headers-strategy: native")
            .scope("Container packaging (jib, Dockerfile or docker Maven/Gradle plugins, a Dockerfile/Containerfile, "
                            + "kustomization or Helm chart in the tree); server.forward-headers-strategy, "
                            + "server.tomcat.remoteip.*, server.use-forward-headers; a ForwardedHeaderFilter bean.",
                    "Where the image runs: on Kubernetes, Cloud Foundry and Heroku Boot turns the native strategy on by "
                            + "itself (the finding is then a reminder to make it explicit and tested).");

    private static final List<String> KEYS = List.of("server.forward-headers-strategy", "server.use-forward-headers",
            "server.tomcat.remoteip.remote-ip-header", "server.tomcat.remoteip.protocol-header",
            "server.tomcat.remote-ip-header", "server.tomcat.protocol-header");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        if (!project.isSpringBoot() || !project.isWebApp() || !containerised(project)
                || project.types().hasType("ForwardedHeaderFilter")) {
            return;
        }
        for (ConfigSet set : project.configs()) {
            if (KEYS.stream().anyMatch(set::isSet)) {
                return;
            }
        }
        String message = "the service is packaged to run behind a proxy but server.forward-headers-strategy is not set: "
                + "links, redirects and HSTS assume plain http";
        var port = project.config("server.port");
        if (port.isPresent()) {
            Locations.at(port.get(), sink, this, message);
        } else {
            Locations.atBuild(project, sink, this, message);
        }
    }

    private static boolean containerised(ProjectModel project) {
        var deps = project.dependencies();
        return deps.hasPlugin("jib") || deps.hasPlugin("docker") || !project.resources(ResourceFiles.Kind.CONTAINER).isEmpty();
    }
}
