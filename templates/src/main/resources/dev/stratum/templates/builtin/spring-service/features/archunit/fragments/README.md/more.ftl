
## Architecture

`web -> service -> persistence`<#if features.web>, `service -> client`</#if>: controllers call services, only services touch
repositories<#if features.web> and outbound clients</#if>, entities never leave the service layer.
`ArchitectureTest` enforces it in `./mvnw verify`; `stratum.yaml` states the same rules for `stratum check` (run
after `./mvnw compile`).
