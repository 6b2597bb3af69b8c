package dev.stratum.audit.caching;

import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import java.util.Locale;

/** Whether any cache expiry is configured, in properties or in code. */
final class CacheTtl {
    private CacheTtl() {
    }

    static boolean configured(ProjectModel project) {
        var index = project.types();
        if (index.hasCall("entryTtl") || index.hasCall("expireAfterWrite") || index.hasCall("expireAfterAccess")) {
            return true;
        }
        if (project.hasConfig("spring.cache.redis.time-to-live")) {
            return true;
        }
        return project.config("spring.cache.caffeine.spec").map(ConfigProperty::value)
                .map(v -> v.toLowerCase(Locale.ROOT).contains("expireafter")).orElse(false);
    }
}
