package dev.stratum.audit.model;

/**
 * One method call inside a method body. {@code receiverType} is the simple name of the receiver's declared type when
 * the file shows it (a field, parameter, local, the enclosing type or a type name), null otherwise; for
 * {@link Receiver#CALL} it is null and {@code scopeCall} is the index of the call whose result is the receiver
 * (resolved across files by {@link ProjectTypes#receiverType}). For {@link Receiver#MEMBER} ({@code a.b.m()}),
 * {@code receiverType} is the declared type of {@code a} and {@code member} is {@code b}; null otherwise.
 * {@code loopLine}: the line of the innermost loop that runs the call once per element, 0 when none
 * ({@code Syntax.loopLine}: a loop over one page of results is bounded and not counted).
 */
public record CallSite(String method, int arguments, Receiver receiver, String receiverType, String member,
                       int scopeCall, int line, int endLine, int loopLine) {
    /** Whether the call runs once per element of a loop. */
    public boolean inLoop() {
        return loopLine > 0;
    }
}
