package dev.stratum.image;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the userinfo ({@code user:token@}) from every URL in a text. A pom's {@code <scm><url>} or {@code <url>}
 * sometimes holds a CI token ({@code https://x-access-token:ghp_...@github.com/...}); whatever becomes an image
 * label or a line of output goes through here first, so such a token is never printed, logged or pushed with an
 * image.
 */
public final class UrlCredentials {
    /**
     * A scheme, {@code ://}, then the authority's userinfo: everything up to the last {@code @} before the path,
     * query or fragment (an unencoded {@code @} in a password still belongs to the userinfo).
     */
    private static final Pattern USERINFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]{0,31}://)[^/?#\\s@]*(?:@[^/?#\\s@]*)*@");

    private UrlCredentials() {
    }

    /** {@code text} with the userinfo of each URL in it removed; {@code null} stays {@code null}. */
    public static String strip(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        Matcher m = USERINFO.matcher(text);
        return m.find() ? m.replaceAll(r -> Matcher.quoteReplacement(r.group(1))) : text;
    }
}
