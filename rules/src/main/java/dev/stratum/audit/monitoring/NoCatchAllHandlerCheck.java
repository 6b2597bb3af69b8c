package dev.stratum.audit.monitoring;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.Set;

/** MO010: a controller advice that shapes some errors, with nothing for the unexpected one. */
public final class NoCatchAllHandlerCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("MO010", AuditArea.MONITORING, Severity.LOW,
            "Error handling without a catch-all handler",
            "The advice maps known exceptions to proper responses, but an unexpected one falls through to Boot's "
                    + "/error page: a different body format (no problem+json, no correlation id), and a 500 logged "
                    + "by the container after the request's MDC is gone, so the log line cannot be tied to the call.",
            "Add @ExceptionHandler(Exception.class) to the advice: log the exception once (with the correlation "
                    + "id still in the MDC) and answer a generic 500 problem.",
            "@RestControllerAdvice class Errors { @ExceptionHandler(NotFound.class) ProblemDetail notFound(..) }",
            "@ExceptionHandler(Exception.class) ProblemDetail unexpected(Exception e) { log.error(..); return .. }")
            .scope("@ControllerAdvice/@RestControllerAdvice classes and the exception types of every "
                            + "@ExceptionHandler in the project (annotation values or parameter types); custom "
                            + "ErrorAttributes or ErrorController beans.",
                    "Filters that catch exceptions around the dispatcher; handlers for a common base exception "
                            + "of the project's own (only Exception, RuntimeException and Throwable count).");

    static final Set<String> CATCH_ALL = Set.of("Exception", "Throwable", "RuntimeException");
    private static final Set<String> ADVICE = Set.of("RestControllerAdvice", "ControllerAdvice");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("ControllerAdvice")) {
            return;
        }
        for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
            if (Syntax.annotated(type, ADVICE) && type.getMethods().stream().anyMatch(m -> Syntax.annotated(m, "ExceptionHandler"))) {
                sink.reportIf(new Premise.ProjectWide(), this, type.getName(), type.getNameAsString()
                        + " handles specific exceptions, but no @ExceptionHandler in the project handles Exception: "
                        + "unexpected errors get Boot's default body and are logged without the request's context");
            }
        }
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return !project.types().handlesException(CATCH_ALL) && !project.types().hasType("ErrorAttributes")
                && !project.types().hasType("DefaultErrorAttributes") && !project.types().hasType("ErrorController");
    }
}
