apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: [=project.name]
spec:
  minReplicas: 3
  maxReplicas: 10
