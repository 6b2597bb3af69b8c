<#include "/lib/properties.ftl">
<#assign metricsPort = propertyDefault("management.server.port", propertyDefault("server.port", options.port?c))>
<#assign actuator = propertyDefault("management.endpoints.web.base-path", "/actuator")>
# Prometheus scrape configuration for [=project.name].
# Run: prometheus --config.file=ops/prometheus.yml (the service's metrics on localhost:[=metricsPort]).
# No extra labels: every series already carries application="[=project.name]" from Micrometer
# (management.metrics.tags.application); a target label of the same name would clash with it.
global:
  scrape_interval: 15s
  evaluation_interval: 15s

scrape_configs:
  - job_name: "[=project.name]"
    metrics_path: [=actuator]/prometheus
    static_configs:
      - targets: ["localhost:[=metricsPort]"]
