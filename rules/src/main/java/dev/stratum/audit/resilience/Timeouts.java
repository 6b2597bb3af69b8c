package dev.stratum.audit.resilience;

import java.util.List;

/** What one link of a client chain (a request factory, an Apache client) does about timeouts, as its method shows. */
enum Timeouts {
    /** A connect or read timeout is set (or the library's defaults are bounded). */
    SET,
    /** Built in view with no timeout: the library's unbounded defaults apply. */
    UNSET,
    /** Built elsewhere (a parameter, a field, another method): not judged, so never reported. */
    UNKNOWN;

    /** Several values that may reach one variable (if/else branches): one without timeouts is a client without them. */
    static Timeouts ofAll(List<Timeouts> values) {
        if (values.isEmpty()) {
            return UNKNOWN;
        }
        if (values.contains(UNSET)) {
            return UNSET;
        }
        return values.contains(UNKNOWN) ? UNKNOWN : SET;
    }
}
