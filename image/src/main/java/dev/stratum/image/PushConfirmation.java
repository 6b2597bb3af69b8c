package dev.stratum.image;

import com.google.cloud.tools.jib.api.Credential;
import dev.stratum.core.InputException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A push is done only when the registry serves what was pushed: after jib reports success, the manifest is read
 * back by digest and by every tag, and its bytes must hash to the digest jib computed. A server that answers
 * {@code 200} to every request, or a registry that lost the upload, fails here (exit 3) instead of being reported
 * as "pushed". Authentication follows the distribution spec: anonymous first, then {@code Basic} or a
 * {@code Bearer} token from the realm the {@code 401} names, with the credentials jib used for the push (sent
 * over https only, as jib does).
 */
final class PushConfirmation {
    /** The distribution spec lets registries refuse manifests over 4 MiB. */
    private static final int MAX_MANIFEST = 4 * 1024 * 1024;
    private static final int MAX_TOKEN_RESPONSE = 64 * 1024;
    private static final String ACCEPT = String.join(", ",
            "application/vnd.docker.distribution.manifest.v2+json",
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.oci.image.index.v1+json");
    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("\"(?:token|access_token)\"\\s*:\\s*\"([^\"]+)\"");

    private final RegistryProbe.Endpoint endpoint;
    private final RegistryHttp http;
    private final Optional<Credential> credential;
    private String authorization;

    PushConfirmation(RegistryProbe.Endpoint endpoint, Deadline deadline, Optional<Credential> credential) {
        this.endpoint = endpoint;
        this.http = new RegistryHttp(endpoint.trustAll(), deadline);
        this.credential = credential;
    }

    /** Throws an {@link InputException} (exit 3) unless {@code repository} serves {@code digest} under each name. */
    void confirm(String repository, String digest, List<String> tags) {
        List<String> names = new ArrayList<>();
        names.add(digest);
        names.addAll(tags);
        for (String name : names) {
            URI uri = endpoint.base().resolve("/v2/" + repository + "/manifests/" + name);
            RegistryHttp.Response r;
            try {
                r = get(uri, repository);
            } catch (HttpTimeoutException e) {
                throw new InputException("registry " + endpoint.registry() + " did not let Stratum read the pushed "
                        + "manifest back within the deadline (--timeout): GET " + uri + " did not finish", e);
            } catch (IOException e) {
                throw new InputException("registry " + endpoint.registry() + " did not confirm the push: GET " + uri
                        + " failed: " + e.getMessage(), e);
            }
            if (r.status() != 200 || r.body().length > MAX_MANIFEST || !digest.equals(sha256(r.body()))) {
                String answered = r.status() != 200 ? "HTTP " + r.status()
                        : "HTTP 200 " + r.contentType() + " that is not the pushed manifest";
                throw new InputException("registry " + endpoint.registry() + " did not confirm the push of "
                        + repository + (name.equals(digest) ? "@" + shortDigest(digest)
                                : ":" + name + " (" + shortDigest(digest) + ")") + ": GET " + uri + " answered " + answered + "; the image may not be stored");
            }
        }
    }

    private RegistryHttp.Response get(URI uri, String repository) throws IOException {
        RegistryHttp.Response r = http.get(uri, headers(), MAX_MANIFEST);
        if (r.status() != 401 || authorization != null) {
            return r;
        }
        String challenge = r.header("WWW-Authenticate");
        if (challenge == null) {
            return r;
        }
        authorization = authorize(challenge, repository);
        return authorization == null ? r : http.get(uri, headers(), MAX_MANIFEST);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", ACCEPT);
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return headers;
    }

    /** The Authorization header value the challenge asks for, or {@code null} when none can be made. */
    private String authorize(String challenge, String repository) throws IOException {
        String scheme = challenge.strip().split("\\s+", 2)[0];
        if (scheme.equalsIgnoreCase("Basic")) {
            return basicFor(endpoint.base()).orElse(null);
        }
        if (!scheme.equalsIgnoreCase("Bearer")) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(challenge);
        while (m.find()) {
            params.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
        }
        String realm = params.get("realm");
        if (realm == null) {
            return null;
        }
        StringBuilder query = new StringBuilder();
        if (params.containsKey("service")) {
            query.append("service=").append(URLEncoder.encode(params.get("service"), StandardCharsets.UTF_8)).append('&');
        }
        query.append("scope=").append(URLEncoder.encode("repository:" + repository + ":pull", StandardCharsets.UTF_8));
        URI tokenUri = URI.create(realm + (realm.contains("?") ? "&" : "?") + query);
        Map<String, String> headers = new LinkedHashMap<>();
        basicFor(tokenUri).ifPresent(basic -> headers.put("Authorization", basic));
        RegistryHttp.Response token = http.get(tokenUri, headers, MAX_TOKEN_RESPONSE);
        Matcher t = TOKEN.matcher(new String(token.body(), StandardCharsets.UTF_8));
        return token.status() == 200 && t.find() ? "Bearer " + t.group(1) : null;
    }

    /** Credentials go over TLS only, as jib sends them. */
    private Optional<String> basicFor(URI uri) {
        if (credential.isEmpty() || !"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.empty();
        }
        String pair = credential.get().getUsername() + ":" + credential.get().getPassword();
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortDigest(String digest) {
        return digest.length() > 19 ? digest.substring(0, 19) : digest;
    }
}
