# Build, test, then Stratum's architecture check and audit, with their findings uploaded to code scanning.
name: ci

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read

jobs:
  verify:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write # upload-sarif
<#if features["cache-redis"]>
    services:
      redis:
        image: redis:7-alpine
        ports: ["6379:6379"]
    env:
      REDIS_URL: redis://localhost:6379
</#if>
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "[=project.javaVersion]"
          cache: maven
      - name: Build and test
        run: ./mvnw -B verify

      # Stratum has no published release to download: it is built from source, from the repository and ref in
      # the repository variables STRATUM_REPOSITORY (a git URL) and STRATUM_REF (a tag or commit to pin).
      - name: Build Stratum
        env:
          STRATUM_REPOSITORY: ${{ vars.STRATUM_REPOSITORY }}
          STRATUM_REF: ${{ vars.STRATUM_REF }}
        run: |
          if [ -z "$STRATUM_REPOSITORY" ] || [ -z "$STRATUM_REF" ]; then
            echo "::error::set the repository variables STRATUM_REPOSITORY and STRATUM_REF (see README.md)"; exit 1
          fi
          git clone --quiet "$STRATUM_REPOSITORY" "$RUNNER_TEMP/stratum"
          git -C "$RUNNER_TEMP/stratum" checkout --quiet "$STRATUM_REF"
          (cd "$RUNNER_TEMP/stratum" && mvn -B -q -Dmaven.test.skip=true package -pl cli -am)
          echo "STRATUM_JAR=$RUNNER_TEMP/stratum/cli/target/stratum.jar" >> "$GITHUB_ENV"
<#if features.archunit>
      - name: stratum check
        run: java -jar "$STRATUM_JAR" check . -f text -f sarif:target/stratum-check.sarif
</#if>
      - name: stratum audit
        run: java -jar "$STRATUM_JAR" audit . -f text -f sarif:target/stratum-audit.sarif
<#if features.archunit>
      - name: Upload check findings
        if: always() && hashFiles('target/stratum-check.sarif') != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: target/stratum-check.sarif
          category: stratum-check
</#if>
      - name: Upload audit findings
        if: always() && hashFiles('target/stratum-audit.sarif') != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: target/stratum-audit.sarif
          category: stratum-audit
