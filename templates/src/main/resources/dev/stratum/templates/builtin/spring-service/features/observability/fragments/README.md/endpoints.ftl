| `GET /actuator/health`, `/actuator/health/liveness`, `/actuator/health/readiness` | health and Kubernetes probes |
| `GET /actuator/prometheus` | metrics for Prometheus (`ops/prometheus.yml` scrapes it; `ops/grafana-dashboard.json` shows HTTP and JVM panels, and pool and cache panels where the service has them) |
| `GET /actuator/info` | application info |
