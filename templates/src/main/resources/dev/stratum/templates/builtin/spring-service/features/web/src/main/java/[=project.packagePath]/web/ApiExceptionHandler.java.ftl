package [=project.package].web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
<#if features.postgres>
import org.springframework.dao.DataIntegrityViolationException;
</#if>
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

import tools.jackson.core.JacksonException;

import [=project.package].service.DuplicateSkuException;
import [=project.package].service.InventoryUnavailableException;
import [=project.package].service.ProductNotFoundException;
import [=project.package].service.ProductVersionConflictException;

/**
 * Every error raised while handling a request leaves as an RFC 9457 {@code application/problem+json} body with the
 * request's correlation id. Spring MVC's own exceptions (unknown path, wrong method or media type, unreadable
 * body, validation) are handled by the superclass, ours below, and anything else by {@link #unexpected}: a 500
 * that says nothing about the cause, logged once here, where the log line still has the correlation and trace ids.
 * Errors that never reach Spring MVC (a filter's) are rendered by {@link ProblemErrorController}.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ProductNotFoundException.class)
    public ProblemDetail notFound(ProductNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Product not found", e.getMessage());
    }

    @ExceptionHandler(ProductVersionConflictException.class)
    public ProblemDetail versionConflict(ProductVersionConflictException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Product changed", e.getMessage());
    }

    /** Logged here (with the cause) because the problem body deliberately says nothing about it. */
    @ExceptionHandler(InventoryUnavailableException.class)
    public ProblemDetail inventoryUnavailable(InventoryUnavailableException e) {
        log.warn("{}: {}", e.getMessage(), e.getCause().toString());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Inventory unavailable", e.getMessage());
    }

    @ExceptionHandler(DuplicateSkuException.class)
    public ProblemDetail conflict(DuplicateSkuException e) {
        return problem(HttpStatus.CONFLICT, "Duplicate SKU", e.getMessage());
    }

<#if features.postgres>
    /** Two concurrent creates with one SKU: the unique index rejects the second. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    public ProblemDetail constraintViolated(DataIntegrityViolationException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "The request conflicts with stored data");
    }

</#if>
    /** The catch-all: the cause stays in the log, the caller gets the correlation id to quote. */
    @ExceptionHandler(Exception.class)
    public ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("Client went away during {} {}", request.getMethod(), request.getRequestURI());
            return null;
        }
        log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setError(e));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed; quote the correlationId when reporting it");
    }

    /** Bean Validation on a request body: one entry per invalid field. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return handleExceptionInternal(e, invalid(e.getBody(), errors), headers, status, request);
    }

    /** Bean Validation on request parameters (for example {@code page=-1}). */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return handleExceptionInternal(e, invalid(e.getBody(), errors), headers, status, request);
    }

    /** Malformed JSON, or a value of the wrong type ({@code "priceCents": 12.99}): name the field when known. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The request body is not valid JSON for this endpoint");
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            invalid(problem, List.of(new FieldProblem(field, "has a value of the wrong type or format")));
        }
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            addCorrelationId(problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static void addCorrelationId(ProblemDetail problem) {
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
    }

    private static ProblemDetail invalid(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setDetail("The request has invalid fields; see errors");
        problem.setProperty("errors", errors.stream()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        addCorrelationId(problem);
        return problem;
    }

    /** One entry of a problem's {@code errors} list. */
    public record FieldProblem(String field, String message) {
    }
}
