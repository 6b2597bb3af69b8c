| `MANAGEMENT_PORT` | `8081` | port of the actuator (health probes, info, Prometheus); keep it out of the Service and ingress of the API |
| `OTLP_EXPORT_ENABLED` | `false` | push traces and metrics over OTLP (endpoints: `management.opentelemetry.tracing.export.otlp.endpoint`, `management.otlp.metrics.export.url`) |
| `TRACING_SAMPLING_PROBABILITY` | `0.1` | share of requests traced |
