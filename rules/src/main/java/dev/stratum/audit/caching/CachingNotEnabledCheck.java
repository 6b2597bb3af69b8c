package dev.stratum.audit.caching;

import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Premise;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.Syntax;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;

/** CA004: cache annotations in a project that never enables caching do nothing. */
public final class CachingNotEnabledCheck implements SourceCheck {
    static final RuleMeta META = new RuleMeta("CA004", AuditArea.CACHING, Severity.MEDIUM,
            "Cache annotations without @EnableCaching",
            "Spring Boot only applies @Cacheable and friends once caching is switched on with @EnableCaching. "
                    + "Without it the annotations are decoration: every call goes to the database.",
            "Add @EnableCaching to a @Configuration class (or the @SpringBootApplication class).",
            "@SpringBootApplication\npublic class App { }  // and @Cacheable elsewhere",
            "@SpringBootApplication\n@EnableCaching\npublic class App { }")
            .scope("Spring's @Cacheable in the sources, told apart by its import from JPA's second-level cache marker "
                            + "(javax.persistence.Cacheable, jakarta.persistence.Cacheable, which an entity class carries), "
                            + "and @EnableCaching anywhere in the project's sources",
                    "caching switched on outside the sources (a library's auto-configuration with its own @EnableCaching)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        if (!file.mentions("Cacheable")) {
            return;
        }
        for (AnnotationExpr a : file.all(AnnotationExpr.class)) {
            if (Syntax.simpleName(a).equals("Cacheable") && SpringCacheAnnotations.isSpring(a)) {
                sink.reportIf(new Premise.ProjectWide(), this, a, "@Cacheable has no effect: no @EnableCaching anywhere in the project");
                return; // once per file is enough to make the point
            }
        }
    }

    @Override
    public boolean confirm(Premise premise, ProjectModel project) {
        return !project.types().hasAnnotation("EnableCaching");
    }
}
