# Strategic merge patch: more memory and pods spread over zones.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: [=project.name]
spec:
  template:
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              app.kubernetes.io/name: [=project.name]
      containers:
        - name: [=project.name]
          resources:
            requests:
              cpu: 500m
              memory: 1Gi
            limits:
              memory: 1Gi
