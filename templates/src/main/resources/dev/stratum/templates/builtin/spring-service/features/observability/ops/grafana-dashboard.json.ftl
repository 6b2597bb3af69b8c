{
  "title": "[=project.name]",
  "uid": "[=project.name]",
  "tags": ["spring-boot", "[=project.name]"],
  "timezone": "browser",
  "schemaVersion": 39,
  "version": 1,
  "refresh": "30s",
  "time": {"from": "now-1h", "to": "now"},
  "templating": {"list": [
    {"name": "datasource", "type": "datasource", "query": "prometheus", "label": "Prometheus"},
    {"name": "application", "type": "constant", "query": "[=project.name]", "hide": 2}
  ]},
  "panels": [
    {"id": 1, "type": "row", "title": "HTTP", "collapsed": false, "gridPos": {"x": 0, "y": 0, "w": 24, "h": 1}, "panels": []},
    {"id": 2, "type": "timeseries", "title": "Request rate", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "gridPos": {"x": 0, "y": 1, "w": 12, "h": 8}, "fieldConfig": {"defaults": {"unit": "reqps"}, "overrides": []}, "targets": [{"refId": "A", "expr": "sum by (method, uri, status) (rate(http_server_requests_seconds_count{application=\"$application\"}[5m]))", "legendFormat": "{{method}} {{uri}} {{status}}"}]},
    {"id": 3, "type": "timeseries", "title": "Latency p95", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "gridPos": {"x": 12, "y": 1, "w": 12, "h": 8}, "fieldConfig": {"defaults": {"unit": "s"}, "overrides": []}, "targets": [{"refId": "A", "expr": "histogram_quantile(0.95, sum by (le, uri) (rate(http_server_requests_seconds_bucket{application=\"$application\"}[5m])))", "legendFormat": "{{uri}}"}]},
    {"id": 4, "type": "timeseries", "title": "Error rate (5xx)", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "gridPos": {"x": 0, "y": 9, "w": 12, "h": 8}, "fieldConfig": {"defaults": {"unit": "reqps"}, "overrides": []}, "targets": [{"refId": "A", "expr": "sum(rate(http_server_requests_seconds_count{application=\"$application\", status=~\"5..\"}[5m]))", "legendFormat": "5xx"}]}
,
    {"id": 5, "type": "row", "title": "JVM", "collapsed": false, "gridPos": {"x": 0, "y": 17, "w": 24, "h": 1}, "panels": []},
    {"id": 6, "type": "timeseries", "title": "Heap used", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "gridPos": {"x": 0, "y": 18, "w": 12, "h": 8}, "fieldConfig": {"defaults": {"unit": "bytes"}, "overrides": []}, "targets": [{"refId": "A", "expr": "sum by (id) (jvm_memory_used_bytes{application=\"$application\", area=\"heap\"})", "legendFormat": "{{id}}"}]},
    {"id": 7, "type": "timeseries", "title": "GC pause", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "gridPos": {"x": 12, "y": 18, "w": 12, "h": 8}, "fieldConfig": {"defaults": {"unit": "s"}, "overrides": []}, "targets": [{"refId": "A", "expr": "rate(jvm_gc_pause_seconds_sum{application=\"$application\"}[5m])", "legendFormat": "{{gc}} {{cause}}"}]},
    {"id": 8, "type": "timeseries", "title": "Threads", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "gridPos": {"x": 0, "y": 26, "w": 12, "h": 8}, "fieldConfig": {"defaults": {"unit": "short"}, "overrides": []}, "targets": [{"refId": "A", "expr": "jvm_threads_live_threads{application=\"$application\"}", "legendFormat": "live"}]},
    {"id": 9, "type": "timeseries", "title": "CPU", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "gridPos": {"x": 12, "y": 26, "w": 12, "h": 8}, "fieldConfig": {"defaults": {"unit": "percentunit"}, "overrides": []}, "targets": [{"refId": "A", "expr": "process_cpu_usage{application=\"$application\"}", "legendFormat": "process"}]}
<#if features.postgres>
,
    {"id": 10, "type": "row", "title": "Connection pool (HikariCP)", "collapsed": false, "gridPos": {"x": 0, "y": 34, "w": 24, "h": 1}, "panels": []},
    {"id": 11, "type": "timeseries", "title": "Connections", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "gridPos": {"x": 0, "y": 35, "w": 12, "h": 8}, "fieldConfig": {"defaults": {"unit": "short"}, "overrides": []}, "targets": [{"refId": "A", "expr": "hikaricp_connections_active{application=\"$application\"}", "legendFormat": "active"}, {"refId": "B", "expr": "hikaricp_connections_idle{application=\"$application\"}", "legendFormat": "idle"}, {"refId": "C", "expr": "hikaricp_connections_pending{application=\"$application\"}", "legendFormat": "pending"}]},
    {"id": 12, "type": "timeseries", "title": "Connection acquire time", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "gridPos": {"x": 12, "y": 35, "w": 12, "h": 8}, "fieldConfig": {"defaults": {"unit": "s"}, "overrides": []}, "targets": [{"refId": "A", "expr": "rate(hikaricp_connections_acquire_seconds_sum{application=\"$application\"}[5m]) / rate(hikaricp_connections_acquire_seconds_count{application=\"$application\"}[5m])", "legendFormat": "avg"}]}
</#if>
<#if features["cache-caffeine"] || features["cache-redis"]>
,
    {"id": 13, "type": "row", "title": "Cache", "collapsed": false, "gridPos": {"x": 0, "y": 43, "w": 24, "h": 1}, "panels": []},
    {"id": 14, "type": "timeseries", "title": "Cache hit ratio", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "gridPos": {"x": 0, "y": 44, "w": 12, "h": 8}, "fieldConfig": {"defaults": {"unit": "percentunit"}, "overrides": []}, "targets": [{"refId": "A", "expr": "sum by (cache) (rate(cache_gets_total{application=\"$application\", result=\"hit\"}[5m])) / sum by (cache) (rate(cache_gets_total{application=\"$application\"}[5m]))", "legendFormat": "{{cache}}"}]},
<#-- Caffeine counts evictions by size or age (cache.evictions); Redis has none of those, only removals
     (cache.removals: the @CacheEvict on update). ObservabilityTest checks every metric here against the scrape. -->
<#if features["cache-redis"]>
<#assign removal = {"metric": "cache_removals_total", "title": "removals"}>
<#else>
<#assign removal = {"metric": "cache_evictions_total", "title": "evictions (size, TTL)"}>
</#if>
    {"id": 15, "type": "timeseries", "title": "Cache gets and [=removal.title]", "datasource": {"type": "prometheus", "uid": "${datasource}"}, "gridPos": {"x": 12, "y": 44, "w": 12, "h": 8}, "fieldConfig": {"defaults": {"unit": "ops"}, "overrides": []}, "targets": [{"refId": "A", "expr": "sum by (cache, result) (rate(cache_gets_total{application=\"$application\"}[5m]))", "legendFormat": "{{cache}} {{result}}"}, {"refId": "B", "expr": "sum by (cache) (rate([=removal.metric]{application=\"$application\"}[5m]))", "legendFormat": "{{cache}} [=removal.title]"}]}
</#if>
  ]
}
