package dev.stratum.audit.monitoring;

import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.security.chain.SecurityChain;
import dev.stratum.audit.security.chain.SecurityChain.Access;

/** The one sentence that says why an endpoint is open, in terms of what the audit read. */
final class Exposures {
    private Exposures() {
    }

    static String reason(ProjectModel project, Access access, String path, String id) {
        if (!project.hasSecurity()) {
            return "Spring Security is not on the class path";
        }
        if (access == Access.NOT_COVERED) {
            return "no security filter chain covers " + path;
        }
        return ManagementEndpoints.decidingChain(project, path, id)
                .map(c -> c.ignoring() ? "web.ignoring() in " + where(c) + " bypasses security for " + path
                        : "the filter chain in " + where(c) + " permits it without authentication")
                .orElse("nothing requires authentication for " + path);
    }

    private static String where(SecurityChain c) {
        return c.file().substring(c.file().lastIndexOf('/') + 1) + ":" + c.line();
    }
}
