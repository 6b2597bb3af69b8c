<#if features.archunit>
# Architecture rules for `stratum check` (run `mvn compile` first). ArchitectureTest enforces the same layers
# in `mvn verify`; keep the two in step.
check:
  layers:
<#if features.web>
    web: "[=project.package].web.."
</#if>
    service: "[=project.package].service.."
    persistence: "[=project.package].persistence.."
<#if features.web>
    client: "[=project.package].client.."
</#if>
  access:
<#if features.web>
    web: []
    service: [web]
<#else>
    service: []
</#if>
    persistence: [service]
<#if features.web>
    client: [service]
</#if>
  cycles:
    - "[=project.package].(*).."
  presets: [spring, security]
</#if>
<#assign cached = features['cache-caffeine'] || features['cache-redis']>
<#if features.web && !(features.security && features.observability && cached)>
# Checks for what this project was generated without on purpose, so that the audit's score speaks about what it
# has. `stratum add FEATURE` re-renders this file without the line; delete a line to see the gap reported again.
audit:
  disable:
<#if !features.security>
    - SE003   # no security feature: the API answers without authentication (stratum add security)
</#if>
<#if !features.observability>
    - MO001   # no observability feature: no Actuator health, probes or metrics (stratum add observability)
</#if>
<#if !cached>
    - CA008   # no cache feature: every read goes to the repository (stratum add cache-caffeine)
</#if>
</#if>
