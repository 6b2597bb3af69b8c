
## Architecture

`web -> service -> persistence`: controllers call services, only services touch repositories, entities never
leave the service layer. `ArchitectureTest` enforces it in `./mvnw verify`; `stratum.yaml` states the same rules
for `stratum check` (run after `./mvnw compile`).
