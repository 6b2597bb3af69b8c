package dev.stratum.check;

import com.tngtech.archunit.library.GeneralCodingRules;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;

/** Preset {@code general}: ArchUnit's {@link GeneralCodingRules}, with Stratum ids and help text. */
final class GeneralPreset {
    static final RuleMeta GENERIC_EXCEPTIONS = new RuleMeta("no-generic-exceptions", "general", Severity.MEDIUM,
            "No throwing of generic exceptions",
            "Throwing Exception, RuntimeException or Throwable tells callers nothing they can handle.",
            "Throw a specific exception type (or a domain exception).",
            "throw new RuntimeException(\"not found\")", "throw new OrderNotFoundException(id)");
    static final RuleMeta JODATIME = new RuleMeta("no-jodatime", "general", Severity.LOW,
            "No Joda-Time", "java.time replaced Joda-Time; two date APIs invite conversion bugs.",
            "Use java.time.", "org.joda.time.DateTime", "java.time.Instant");
    static final RuleMeta DEPRECATED = new RuleMeta("no-deprecated-api", "general", Severity.LOW,
            "No use of deprecated APIs", "Deprecated APIs go away in a later version and often have known flaws.",
            "Use the replacement named in the API's @deprecated javadoc.", "new Integer(42)", "Integer.valueOf(42)");
    static final RuleMeta OLD_DATES = new RuleMeta("no-legacy-date-time", "general", Severity.LOW,
            "No java.util.Date/Calendar", "The legacy date classes are mutable and time-zone confusing.",
            "Use java.time (Instant, LocalDate, ZonedDateTime).", "new Date()", "Instant.now()");

    private GeneralPreset() {
    }

    static List<CheckRule> rules() {
        return List.of(
                CheckRule.of(SecurityPreset.STANDARD_STREAMS, GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS),
                CheckRule.of(SecurityPreset.JUL, GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING),
                CheckRule.of(SpringPreset.FIELD_INJECTION, GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION),
                CheckRule.of(GENERIC_EXCEPTIONS, GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS),
                CheckRule.of(JODATIME, GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME),
                CheckRule.of(DEPRECATED, GeneralCodingRules.DEPRECATED_API_SHOULD_NOT_BE_USED),
                CheckRule.of(OLD_DATES, GeneralCodingRules.OLD_DATE_AND_TIME_CLASSES_SHOULD_NOT_BE_USED));
    }
}
