
Logs are structured JSON (Elastic Common Schema) on stdout, for the platform's log collector to ship (the service
itself exports no logs over OTLP); each request's log lines carry its `correlationId` and, when traced, the ECS
`trace.id` and `span.id`.
