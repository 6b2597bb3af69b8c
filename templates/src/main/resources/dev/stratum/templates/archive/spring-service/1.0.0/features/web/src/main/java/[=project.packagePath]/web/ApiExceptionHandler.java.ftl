package [=project.package].web;

import org.slf4j.MDC;
<#if features.postgres>
import org.springframework.dao.DataIntegrityViolationException;
</#if>
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import [=project.package].service.DuplicateSkuException;
import [=project.package].service.ProductNotFoundException;

/**
 * Every error leaves as an RFC 9457 {@code application/problem+json} body. Spring MVC's own exceptions
 * (validation, unreadable body, unknown route...) are handled by the superclass; ours are mapped below.
 * Each problem carries the request's correlation id so a caller can quote it.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ProductNotFoundException.class)
    public ProblemDetail notFound(ProductNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Product not found", e.getMessage());
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
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            addCorrelationId(problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        addCorrelationId(problem);
        return problem;
    }

    private static void addCorrelationId(ProblemDetail problem) {
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
    }
}
