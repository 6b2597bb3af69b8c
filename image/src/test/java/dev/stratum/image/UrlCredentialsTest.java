package dev.stratum.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCredentialsTest {
    @Test
    void removesUserinfoFromEveryUrlInAText() {
        assertThat(UrlCredentials.strip("https://x-access-token:ghp_abc123@github.com/acme/demo"))
                .isEqualTo("https://github.com/acme/demo");
        assertThat(UrlCredentials.strip("scm:git:https://user:p@ss@git.example.com:8443/r.git and http://tok@h/x"))
                .isEqualTo("scm:git:https://git.example.com:8443/r.git and http://h/x");
        assertThat(UrlCredentials.strip("HTTPS://u:p@Host")).isEqualTo("HTTPS://Host");
    }

    @Test
    void leavesTextWithoutUserinfoAlone() {
        assertThat(UrlCredentials.strip("https://github.com/acme/demo?x=a@b")).isEqualTo("https://github.com/acme/demo?x=a@b");
        assertThat(UrlCredentials.strip("mail me: dev@example.com")).isEqualTo("mail me: dev@example.com");
        assertThat(UrlCredentials.strip(null)).isNull();
    }

    @Test
    void projectMetadataNeverKeepsATokenInAnyUrlField() {
        var meta = new ProjectMetadata("g", "a", "1", "n", "see https://u:tok@h/x", "https://u:tok@h/site",
                "https://x-access-token:tok@github.com/a/b", null);
        assertThat(meta.ociLabels().values()).noneMatch(v -> v.contains("tok"));
        assertThat(meta.ociLabels()).containsEntry("org.opencontainers.image.source", "https://github.com/a/b");
    }
}
