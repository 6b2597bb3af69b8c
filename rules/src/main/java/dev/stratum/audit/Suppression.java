package dev.stratum.audit;

/** One suppression: a check id (or {@code all}) silenced on lines {@code from..to}; {@code how} is shown in reports. */
public record Suppression(String id, int from, int to, String how) {
}
