package [=project.package];

import jakarta.servlet.Filter;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints that fail the two ways a real bug does: an exception from a controller (Spring MVC sees it)
 * and one from a servlet filter (only the container sees it). Part of every Spring test's shared context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestFailures {

    public static final String IN_CONTROLLER = "/test-failures/controller";
    public static final String IN_FILTER = "/test-failures/filter";
    /** The exception message: it must reach the log and never the response. */
    public static final String SECRET = "secret detail of the failure";

    /** Registered as a member of this configuration; {@code @TestComponent} keeps component scanning off it. */
    @TestComponent
    @RestController
    static class FailingController {

        @GetMapping(IN_CONTROLLER)
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Bean
    FilterRegistrationBean<Filter> failingFilter() {
        Filter filter = (request, response, chain) -> {
            throw new IllegalStateException(SECRET);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(IN_FILTER);
        registration.setOrder(0); // after the correlation-id filter<#if features.security> and security</#if>
        return registration;
    }
}
