# Production: kubectl apply -k deploy/overlays/production. Replace the registry and every example.com value.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: [=project.name]
resources:
  - ../../base
images:
  - name: [=project.name]
    newName: registry.example.com/[=project.name]
    newTag: "[=project.version?remove_ending('-SNAPSHOT')]"
patches:
  - path: deployment-patch.yaml
  - path: hpa-patch.yaml
  - path: configmap-patch.yaml
