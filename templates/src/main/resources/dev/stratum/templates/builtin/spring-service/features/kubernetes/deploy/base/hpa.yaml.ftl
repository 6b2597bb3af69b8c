apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: [=project.name]
  labels:
    app.kubernetes.io/name: [=project.name]
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: [=project.name]
  minReplicas: 2
  maxReplicas: 4
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
