# Prometheus scrape configuration for [=project.name].
# Run: prometheus --config.file=ops/prometheus.yml (the service listening on localhost:[=options.port?c]).
global:
  scrape_interval: 15s
  evaluation_interval: 15s

scrape_configs:
  - job_name: "[=project.name]"
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: ["localhost:[=options.port?c]"]
        labels:
          application: "[=project.name]"
