<#-- One key for every non-secret environment variable the service reads (build.environment, taken from the
     ${NAME:default} placeholders of application.properties), with the service's own default. -->
# Settings of [=project.name], one key per environment variable it reads; values are the service's defaults.
# The production overlay patches what differs there. Secrets are not here: see deployment.yaml.
apiVersion: v1
kind: ConfigMap
metadata:
  name: [=project.name]-config
  labels:
    app.kubernetes.io/name: [=project.name]
data:
<#list build.environment?filter(e -> !e.secret) as e>
  [=e.name]: "[=e.default?j_string]"
</#list>
