package dev.stratum.image;

import com.google.cloud.tools.jib.api.Credential;
import com.google.cloud.tools.jib.api.CredentialRetriever;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.frontend.CredentialRetrieverFactory;
import dev.stratum.core.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where registry credentials come from, in order: {@code STRATUM_REGISTRY_USERNAME}/{@code
 * STRATUM_REGISTRY_PASSWORD}, then the Docker config ({@code $DOCKER_CONFIG/config.json} or
 * {@code ~/.docker/config.json}: {@code auths}, {@code credHelpers} and {@code credsStore}), as jib reads it.
 * The environment variables apply to the target registry only.
 * The secret itself is only handed to jib; it is kept here solely so output can be redacted.
 */
final class RegistryCredentials {
    static final String USERNAME = "STRATUM_REGISTRY_USERNAME";
    static final String PASSWORD = "STRATUM_REGISTRY_PASSWORD";

    private final Map<String, String> environment;
    private final String targetRegistry;

    /** The environment variables hold credentials for {@code targetRegistry} only (null: no registry target). */
    RegistryCredentials(Map<String, String> environment, String targetRegistry) {
        this.environment = environment;
        this.targetRegistry = targetRegistry;
        boolean user = present(USERNAME);
        if (user != present(PASSWORD)) {
            throw new UsageException("set both " + USERNAME + " and " + PASSWORD + ", or neither");
        }
    }

    /** The secret to scrub from any text shown to the user, if one was given. */
    Optional<String> secret() {
        return present(PASSWORD) ? Optional.of(environment.get(PASSWORD)) : Optional.empty();
    }

    List<CredentialRetriever> retrieversFor(ImageReference image, Consumer<LogEvent> log) {
        CredentialRetrieverFactory factory = CredentialRetrieverFactory.forImage(image, log, environment);
        List<CredentialRetriever> retrievers = new ArrayList<>();
        // Never offer the target's credentials to another registry, e.g. the one serving the base image.
        if (present(USERNAME) && image.getRegistry().equals(targetRegistry)) {
            retrievers.add(factory.known(Credential.from(environment.get(USERNAME), environment.get(PASSWORD)),
                    USERNAME + "/" + PASSWORD));
        }
        retrievers.add(factory.dockerConfig(dockerConfig()));
        return retrievers;
    }

    /**
     * The credential jib would use for {@code image}, to read the pushed manifest back; empty when none is
     * configured or a credential helper fails (the read then goes anonymously, and a registry that needs
     * credentials says so).
     */
    Optional<Credential> credentialFor(ImageReference image, Consumer<LogEvent> log) {
        for (CredentialRetriever retriever : retrieversFor(image, log)) {
            try {
                Optional<Credential> credential = retriever.retrieve();
                if (credential.isPresent()) {
                    return credential;
                }
            } catch (com.google.cloud.tools.jib.registry.credentials.CredentialRetrievalException e) {
                // jib reported this one while pushing; try the next source
            }
        }
        return Optional.empty();
    }

    private Path dockerConfig() {
        String dir = environment.get("DOCKER_CONFIG");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir, "config.json");
        }
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".docker", "config.json");
    }

    private boolean present(String name) {
        String value = environment.get(name);
        return value != null && !value.isEmpty();
    }
}
