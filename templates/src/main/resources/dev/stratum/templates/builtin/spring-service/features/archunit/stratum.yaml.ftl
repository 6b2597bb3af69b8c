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
