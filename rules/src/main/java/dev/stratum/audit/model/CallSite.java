package dev.stratum.audit.model;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One method call inside a method body. {@code receiverType} is the simple name of the receiver's declared type when
 * the file shows it (a field, parameter, local, the enclosing type or a type name), null otherwise; for
 * {@link Receiver#CALL} it is null and {@code scopeCall} is the index of the call whose result is the receiver
 * (resolved across files by {@link ProjectTypes#receiverType}). {@code inLoop}: runs once per element of a loop.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record CallSite(String method, int arguments, Receiver receiver, String receiverType, int scopeCall,
                       int line, int endLine, boolean inLoop) {
}
