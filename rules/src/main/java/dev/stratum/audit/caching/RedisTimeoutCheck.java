package dev.stratum.audit.caching;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** CA007: Redis client without a command timeout: a slow Redis stalls every request thread for a minute. */
public final class RedisTimeoutCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("CA007", AuditArea.CACHING, Severity.MEDIUM,
            "Redis without timeouts",
            "Without spring.data.redis.timeout, Lettuce waits up to 60 seconds per command. When Redis is slow or "
                    + "unreachable, request threads pile up behind the cache and the whole service stops answering.",
            "Set spring.data.redis.timeout (e.g. 500ms) and spring.data.redis.connect-timeout, and treat cache "
                    + "errors as misses (a CacheErrorHandler).",
            "spring.data.redis.host: cache.internal",
            "spring.data.redis.host: cache.internal\nspring.data.redis.timeout: 500ms\nspring.data.redis.connect-timeout: 1s")
            .scope("spring-data-redis (or its starter) on the class path; spring.data.redis.timeout or "
                            + "spring.redis.timeout in any module's production view, and any commandTimeout(..) call "
                            + "in the sources; the finding points at spring.data.redis.host/url or spring.redis.host "
                            + "when set.",
                    "Timeouts set by the environment or a config server, Jedis or Redisson clients configured in "
                            + "code or used without spring-data-redis, the connect timeout; any commandTimeout call "
                            + "and a timeout of any length (60s included) count as set.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var deps = project.dependencies();
        if (!deps.has("spring-data-redis") && !deps.has("spring-boot-starter-data-redis")) {
            return;
        }
        if (project.hasConfig("spring.data.redis.timeout") || project.hasConfig("spring.redis.timeout")
                || project.types().hasCall("commandTimeout")) {
            return;
        }
        var host = project.config("spring.data.redis.host").or(() -> project.config("spring.data.redis.url"))
                .or(() -> project.config("spring.redis.host"));
        String message = "Redis is used with no command timeout (spring.data.redis.timeout): a slow Redis blocks requests";
        if (host.isPresent()) {
            Locations.at(host.get(), sink, this, message);
        } else {
            Locations.atDependency(project, sink, this, message, "spring-boot-starter-data-redis", "spring-data-redis");
        }
    }
}
