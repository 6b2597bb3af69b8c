<#include "/lib/properties.ftl">
<#assign httpPort = propertyDefault("server.port", options.port?c)?number>
<#assign managementPort = propertyDefault("management.server.port", httpPort?c)?number>
<#assign managementPortName = (managementPort == httpPort)?then("http", "management")>
<#assign actuator = propertyDefault("management.endpoints.web.base-path", "/actuator")>
<#assign preStopSeconds = 10>
<#assign shutdownPhase = propertyDefault("spring.lifecycle.timeout-per-shutdown-phase", "30s")?remove_ending("s")?number>
apiVersion: apps/v1
kind: Deployment
metadata:
  name: [=project.name]
  labels:
    app.kubernetes.io/name: [=project.name]
spec:
  # No replicas: the HorizontalPodAutoscaler owns the count (hpa.yaml).
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: [=project.name]
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        app.kubernetes.io/name: [=project.name]
      annotations:
        prometheus.io/scrape: "true"
        prometheus.io/port: "[=managementPort?c]"
        prometheus.io/path: "[=actuator]/prometheus"
    spec:
      automountServiceAccountToken: false
      # preStop sleep ([=preStopSeconds?c] s, while endpoints stop routing here) + graceful shutdown
      # (spring.lifecycle.timeout-per-shutdown-phase=[=shutdownPhase?c]s) + 10 s for the JVM to exit.
      terminationGracePeriodSeconds: [=(preStopSeconds + shutdownPhase + 10)?c]
      securityContext:
        runAsNonRoot: true
        runAsUser: 65532
        runAsGroup: 65532
        fsGroup: 65532
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: [=project.name]
          image: [=project.name]:[=project.version]
          imagePullPolicy: IfNotPresent
          ports:
            - name: http
              containerPort: [=httpPort?c]
<#if managementPort != httpPort>
            - name: management
              containerPort: [=managementPort?c]
</#if>
          env:
<#list build.environment as e>
            - name: [=e.name]
              valueFrom:
<#if e.secret>
                secretKeyRef:
                  name: [=project.name]-secrets
                  key: [=e.name]
<#else>
                configMapKeyRef:
                  name: [=project.name]-config
                  key: [=e.name]
</#if>
</#list>
          startupProbe:
            httpGet:
              path: [=actuator]/health/liveness
              port: [=managementPortName]
            periodSeconds: 2
            failureThreshold: 60
          livenessProbe:
            httpGet:
              path: [=actuator]/health/liveness
              port: [=managementPortName]
            periodSeconds: 10
            timeoutSeconds: 2
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: [=actuator]/health/readiness
              port: [=managementPortName]
            periodSeconds: 5
            timeoutSeconds: 2
            failureThreshold: 3
          lifecycle:
            preStop:
              # Kubernetes 1.30+ (no shell needed in the image).
              sleep:
                seconds: [=preStopSeconds?c]
          resources:
            requests:
              cpu: 250m
              memory: 512Mi
            limits:
              memory: 512Mi
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
            capabilities:
              drop:
                - ALL
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        # The root file system is read-only; Tomcat and the JVM write temporary files here.
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
