# Kustomize base for [=project.name]: kubectl apply -k deploy/overlays/production (or kustomize build).
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - configmap.yaml
  - deployment.yaml
  - service.yaml
  - hpa.yaml
  - pdb.yaml
