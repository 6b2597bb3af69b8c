| `OTLP_EXPORT_ENABLED` | `false` | push traces, metrics and logs over OTLP (endpoints: `management.opentelemetry.tracing.export.otlp.endpoint`, `management.otlp.metrics.export.url`) |
| `TRACING_SAMPLING_PROBABILITY` | `0.1` | share of requests traced |
