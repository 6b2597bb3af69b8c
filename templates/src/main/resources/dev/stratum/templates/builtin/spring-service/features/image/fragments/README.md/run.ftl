Build a container image with Jib (no Dockerfile; base `eclipse-temurin:[=project.javaVersion]-jre`, runs as the
non-root user 65532, OCI labels from the pom):

```bash
./mvnw compile jib:dockerBuild                  # into the local Docker daemon
./mvnw compile jib:build -Djib.to.image=registry.example.com/[=project.name]:0.1.0   # push to a registry
```

`./mvnw verify` never builds or pushes an image.

