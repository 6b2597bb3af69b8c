package dev.stratum.image;

import com.google.cloud.tools.jib.api.InsecureRegistryException;
import com.google.cloud.tools.jib.api.RegistryAuthenticationFailedException;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.api.RegistryUnauthorizedException;
import com.google.cloud.tools.jib.registry.RegistryCredentialsNotSentException;
import dev.stratum.core.InputException;
import dev.stratum.core.StratumException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/**
 * Maps whatever jib throws to one line with exit 3 that says what went wrong where, and what to do. The
 * secret is scrubbed from every message, and the cause is kept only for {@code --debug}.
 */
final class ImageFailures {
    private static final int MAX_DETAIL = 200;

    private final String where;
    private final Optional<String> secret;
    private final boolean daemon;

    ImageFailures(String where, Optional<String> secret, boolean daemon) {
        this.where = where;
        this.secret = secret;
        this.daemon = daemon;
    }

    StratumException translate(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof StratumException known) {
            return known;
        }
        String message;
        if (e instanceof RegistryUnauthorizedException u) {
            message = "registry refused access to " + u.getImageReference() + " (unauthorized): check " + RegistryCredentials.USERNAME + "/"
                    + RegistryCredentials.PASSWORD + " or the Docker config (~/.docker/config.json)";
        } else if (e instanceof RegistryAuthenticationFailedException a) {
            message = "registry " + a.getServerUrl() + " rejected the credentials for " + a.getImageName()
                    + ": check " + RegistryCredentials.USERNAME + "/" + RegistryCredentials.PASSWORD
                    + " or the Docker config (~/.docker/config.json)";
        } else if (e instanceof RegistryCredentialsNotSentException) {
            message = "credentials for " + where + " were not sent over plain http; serve the registry over "
                    + "TLS (self-signed works with --insecure-registry)";
        } else if (e instanceof InsecureRegistryException) {
            message = "registry for " + where + " is not reachable over verified https; pass --insecure-registry "
                    + "for a local or self-signed registry";
        } else if (e instanceof SocketTimeoutException) {
            message = "registry for " + where + " did not answer in time (" + detail(e) + "); check the address "
                    + "or raise --timeout";
        } else if (e instanceof ConnectException || e instanceof UnknownHostException) {
            message = "cannot reach the registry for " + where + ": " + detail(e);
        } else if (e instanceof SSLException) {
            message = "TLS to the registry for " + where + " failed: " + detail(e);
        } else if (e instanceof RegistryException) {
            message = "registry error for " + where + ": " + detail(e);
        } else if (daemon && e instanceof IOException) {
            message = "loading the image into the Docker daemon failed: " + detail(e)
                    + " (is a Docker daemon running? --tar FILE writes an image tar instead)";
        } else if (e instanceof IOException) {
            message = "building or sending " + where + " failed: " + e.getClass().getSimpleName() + ": " + detail(e);
        } else {
            message = "building " + where + " failed: " + e.getClass().getSimpleName() + ": " + detail(e);
        }
        return new InputException(redact(message), new RedactedCause(e, this));
    }

    /** Neither the registry secret nor the userinfo of any URL reaches the user. */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = UrlCredentials.strip(text);
        if (secret.isEmpty() || secret.get().isEmpty()) {
            return scrubbed;
        }
        return scrubbed.replace(secret.get(), "****");
    }

    private String detail(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl).strip();
        }
        return m.length() > MAX_DETAIL ? m.substring(0, MAX_DETAIL) + "..." : m;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof ExecutionException || current.getClass() == RuntimeException.class)
                && current.getCause() != null) {
            current = current.getCause();
        }
        // jib wraps network failures; the root cause names them best.
        if (!(current instanceof RegistryException) && !(current instanceof StratumException)) {
            Throwable root = current;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
                if (root instanceof SocketTimeoutException || root instanceof ConnectException
                        || root instanceof UnknownHostException) {
                    return root;
                }
            }
        }
        return current;
    }

    /**
     * Carries the original stack trace for {@code --debug} with every message scrubbed of the secret: the
     * original exception objects never reach the printer.
     */
    static final class RedactedCause extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RedactedCause(Throwable original, ImageFailures failures) {
            super(original.getClass().getName() + ": " + failures.redact(String.valueOf(original.getMessage())),
                    original.getCause() == null || original.getCause() == original
                            ? null : new RedactedCause(original.getCause(), failures));
            setStackTrace(original.getStackTrace());
        }
    }
}
