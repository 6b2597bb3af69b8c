package [=project.package].web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Gives every request a correlation id: the caller's {@value #HEADER} when it is well-formed, a new UUID
 * otherwise. The id is put in the logging MDC (so every log line of the request carries it) and echoed in the
 * response header. Runs just inside Spring's observation filter (so the trace id is in the MDC too)<#if features.security> and before
 * security, so rejected requests are traceable as well</#if>.
 *
 * <p>An exception that escapes the rest of the chain (a later filter's; Spring MVC's are handled by
 * {@link ApiExceptionHandler}) is logged here, once, while the MDC still holds both ids, and handed to the
 * container as a 500, which {@link ProblemErrorController} renders. The container's error dispatch runs this
 * filter again with the same id, so the problem body and its header carry it.
 */
@Component
@Order(CorrelationIdFilter.ORDER)
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    /** After ServerHttpObservationFilter (HIGHEST_PRECEDENCE + 1)<#if features.security>, long before Spring Security (-100)</#if>. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";
    private static final Logger log = LoggerFactory.getLogger(CorrelationIdFilter.class);

    // Bounded and plain: a header value must not be able to forge log lines or grow without limit.
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = correlationIdOf(request);
        request.setAttribute(ATTRIBUTE, correlationId);
        MDC.put(MDC_KEY, correlationId);
        response.setHeader(HEADER, correlationId);
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setError(e));
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The error dispatch keeps the id of the request that failed. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static String correlationIdOf(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String known) {
            return known;
        }
        String incoming = request.getHeader(HEADER);
        return incoming != null && VALID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
