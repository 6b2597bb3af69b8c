package dev.stratum.check;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.stratum.config.CheckConfig;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Preset {@code security}: weak hashes, insecure randomness, process execution, disabled TLS checks, raw output. */
final class SecurityPreset {
    static final RuleMeta WEAK_HASH = new RuleMeta("security-weak-hash", "security", Severity.HIGH,
            "No MD5 or SHA-1 MessageDigest",
            "MD5 and SHA-1 have practical collision attacks; they are unfit for signatures, integrity checks and passwords.",
            "Use SHA-256 (MessageDigest.getInstance(\"SHA-256\")) for integrity, and a password hash (bcrypt, Argon2) for passwords.",
            "MessageDigest.getInstance(\"MD5\")", "MessageDigest.getInstance(\"SHA-256\")");
    static final RuleMeta INSECURE_RANDOM = new RuleMeta("security-insecure-random", "security", Severity.HIGH,
            "No java.util.Random in security code",
            "java.util.Random and ThreadLocalRandom are predictable; tokens, nonces and passwords made with them can be guessed.",
            "Use java.security.SecureRandom for anything in ..security.., ..auth.. or named *Token*/*Password*/*Secret*.",
            "new Random().nextLong() in TokenService", "new SecureRandom().nextBytes(bytes) in TokenService");
    static final RuleMeta PROCESS_EXEC = new RuleMeta("security-process-exec", "security", Severity.HIGH,
            "No Runtime.exec or ProcessBuilder outside allowed packages",
            "Starting processes from a service is a command-injection risk and rarely needed.",
            "Remove the call, or allow the package that needs it in check.allowProcessIn.",
            "Runtime.getRuntime().exec(\"sh -c \" + input)", "a library call instead of a shell command");
    static final RuleMeta TRUST_ALL = new RuleMeta("security-trust-all-tls", "security", Severity.CRITICAL,
            "No disabled TLS verification",
            "A trust-all X509TrustManager or an always-true HostnameVerifier lets anyone in the middle read and change traffic.",
            "Delete the custom trust manager/hostname verifier; add the needed CA to a trust store instead.",
            "checkServerTrusted(..) { }  /  verify(host, session) { return true; }", "the JDK default trust manager");
    static final RuleMeta STANDARD_STREAMS = new RuleMeta("no-standard-streams", "security", Severity.MEDIUM,
            "No System.out or System.err",
            "Output on standard streams bypasses logging configuration, levels and redaction, and can leak data.",
            "Use a logger (SLF4J).", "System.out.println(order)", "log.info(\"order {}\", order.id())");
    static final RuleMeta JUL = new RuleMeta("no-java-util-logging", "security", Severity.MEDIUM,
            "No java.util.logging",
            "One logging API (SLF4J) keeps configuration, levels and redaction in one place.",
            "Use SLF4J (org.slf4j.Logger).", "java.util.logging.Logger.getLogger(..)", "LoggerFactory.getLogger(..)");

    private static final Set<String> WEAK = Set.of("MD5", "MD2", "MD4", "SHA-1", "SHA1", "SHA");
    private static final Set<String> TRUST_MANAGERS = Set.of("javax.net.ssl.X509TrustManager",
            "javax.net.ssl.X509ExtendedTrustManager", "javax.net.ssl.TrustManager");
    private static final Set<String> VERIFIER_SETTERS = Set.of("setDefaultHostnameVerifier", "setHostnameVerifier");
    private static final Set<String> INSECURE_TLS_TYPES = Set.of(
            "org.apache.http.conn.ssl.NoopHostnameVerifier", "org.apache.hc.client5.http.conn.ssl.NoopHostnameVerifier",
            "org.apache.http.conn.ssl.TrustAllStrategy", "org.apache.hc.client5.http.ssl.TrustAllStrategy",
            "io.netty.handler.ssl.util.InsecureTrustManagerFactory");

    private SecurityPreset() {
    }

    static List<CheckRule> rules(CheckConfig config) {
        String[] allowed = config.allowProcessIn().stream()
                .map(p -> PackagePatterns.check("check.allowProcessIn", p)).toArray(String[]::new);
        DescribedPredicate<JavaClass> outsideAllowed = allowed.length == 0
                ? DescribedPredicate.alwaysTrue()
                : DescribedPredicate.not(PackagePattern.resideInAny(allowed));
        return List.of(
                CheckRule.of(WEAK_HASH, classes().should(notUseWeakDigests())),
                CheckRule.of(INSECURE_RANDOM, classes().that(securityCode()).should(notDependOn("java.util.Random or ThreadLocalRandom",
                        t -> t.getName().equals("java.util.Random") || t.getName().equals("java.util.concurrent.ThreadLocalRandom")))),
                CheckRule.of(PROCESS_EXEC, noClasses().that(outsideAllowed).should().accessTargetWhere(processStart())),
                CheckRule.of(TRUST_ALL, classes().should(notDisableTlsVerification())),
                CheckRule.of(STANDARD_STREAMS, GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS),
                // any use (Logger.getLogger("x").info(..) included), not only JUL Logger fields
                CheckRule.of(JUL, classes().should(notDependOn("java.util.logging",
                        t -> t.getPackageName().equals("java.util.logging") || t.getPackageName().startsWith("java.util.logging.")))));
    }

    /** Like ArchUnit's dependOnClassesThat, but one finding per source line ({@code new Random().nextLong()} is two dependencies). */
    private static ArchCondition<JavaClass> notDependOn(String what, java.util.function.Predicate<JavaClass> target) {
        return new ArchCondition<>("not depend on " + what) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Set<Integer> lines = new java.util.HashSet<>();
                c.getDirectDependenciesFromSelf().stream()
                        .filter(d -> target.test(d.getTargetClass()))
                        .filter(d -> lines.add(d.getSourceCodeLocation().getLineNumber()))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }

    private static DescribedPredicate<JavaClass> securityCode() {
        return DescribedPredicate.describe("are security code", c -> {
            String pkg = "." + c.getPackageName() + ".";
            String name = c.getSimpleName().toLowerCase(Locale.ROOT);
            return pkg.contains(".security.") || pkg.contains(".auth.") || pkg.contains(".crypto.")
                    || name.contains("token") || name.contains("password") || name.contains("secret")
                    || name.contains("nonce") || name.contains("otp");
        });
    }

    private static DescribedPredicate<JavaAccess<?>> processStart() {
        return DescribedPredicate.describe("Runtime.exec or new ProcessBuilder", access -> {
            String owner = access.getTargetOwner().getName();
            return (owner.equals("java.lang.Runtime") && access.getName().equals("exec"))
                    || (owner.equals("java.lang.ProcessBuilder") && access.getName().equals("<init>"));
        });
    }

    private static ArchCondition<JavaClass> notUseWeakDigests() {
        return new ArchCondition<>("not use MD5 or SHA-1 MessageDigests") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<JavaMethodCall> calls = c.getMethodCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().getName().equals("java.security.MessageDigest")
                                && call.getName().equals("getInstance"))
                        .toList();
                List<JavaMethodCall> helpers = c.getMethodCallsFromSelf().stream()
                        .filter(call -> (call.getTargetOwner().getName().equals("org.apache.commons.codec.digest.DigestUtils")
                                && call.getName().matches("(md2|md5|sha1|sha|getMd5|getSha1|getMd2).*"))
                                || (call.getTargetOwner().getName().equals("com.google.common.hash.Hashing")
                                && call.getName().matches("md5|sha1")))
                        .toList();
                helpers.forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
                if (calls.isEmpty()) {
                    return;
                }
                Set<String> weak = new TreeSet<>(ClassFileStrings.of(c));
                weak.retainAll(WEAK);
                if (!weak.isEmpty()) {
                    JavaMethodCall first = calls.get(0);
                    events.add(SimpleConditionEvent.violated(first, first.getDescription()
                            .replace(" in (", " with weak algorithm " + String.join("/", weak) + " in (")));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notDisableTlsVerification() {
        return new ArchCondition<>("not disable TLS certificate or host name verification") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean trustManager = c.getAllRawInterfaces().stream().anyMatch(i -> TRUST_MANAGERS.contains(i.getName()))
                        || c.getAllRawSuperclasses().stream().anyMatch(s -> TRUST_MANAGERS.contains(s.getName()));
                boolean verifier = c.getAllRawInterfaces().stream().anyMatch(i -> i.getName().equals("javax.net.ssl.HostnameVerifier"));
                for (JavaMethod m : c.getMethods()) {
                    boolean check = (trustManager && m.getName().equals("checkServerTrusted"))
                            || (verifier && m.getName().equals("verify") && m.getRawParameterTypes().size() == 2);
                    if (check && m.getCallsFromSelf().isEmpty() && m.getFieldAccesses().isEmpty()) {
                        String what = m.getName().equals("checkServerTrusted") ? "trusts every certificate" : "accepts every host name";
                        events.add(SimpleConditionEvent.violated(m, "Method <" + m.getFullName() + "> " + what
                                + " in (" + m.getSourceCodeLocation().getSourceFileName() + ":"
                                + m.getSourceCodeLocation().getLineNumber() + ")"));
                    }
                }
                List<JavaMethodCall> setVerifier = c.getMethodCallsFromSelf().stream()
                        .filter(call -> VERIFIER_SETTERS.contains(call.getName())
                                && call.getTargetOwner().isAssignableTo("javax.net.ssl.HttpsURLConnection"))
                        .toList();
                if (!setVerifier.isEmpty() && ClassFileLambdas.hasAlwaysTrueVerifier(c)) {
                    JavaMethodCall first = setVerifier.get(0);
                    events.add(SimpleConditionEvent.violated(first, first.getDescription()
                            .replace(" in (", " with a verifier that accepts every host name in (")));
                }
                c.getDirectDependenciesFromSelf().stream()
                        .filter(d -> INSECURE_TLS_TYPES.contains(d.getTargetClass().getName()))
                        .findFirst()
                        .ifPresent(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }
}
