| `GET /actuator/health`, `/actuator/health/liveness`, `/actuator/health/readiness` | health and Kubernetes probes (management port) |
| `GET /actuator/prometheus` | metrics for Prometheus (management port; `ops/prometheus.yml` scrapes it; `ops/grafana-dashboard.json` shows HTTP and JVM panels, and pool and cache panels where the service has them) |
| `GET /actuator/info` | build information, and the Git commit once the repository has one (management port) |
