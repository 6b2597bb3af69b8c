apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: [=project.name]
  labels:
    app.kubernetes.io/name: [=project.name]
spec:
  minAvailable: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: [=project.name]
