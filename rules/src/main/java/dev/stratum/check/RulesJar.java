package dev.stratum.check;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.stratum.core.UsageException;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Loads a power user's own ArchUnit rules from a jar: {@code @ArchTest} fields of type {@link ArchRule} and
 * {@code @ArchTest} methods taking {@link JavaClasses} (an {@link AssertionError} is a violation). Rule ids are
 * {@code SimpleClassName.member}. This runs the user's own rule code, by the user's explicit request.
 */
final class RulesJar {
    private RulesJar() {
    }

    static List<CheckRule> load(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new UsageException(jar + ": rules jar not found");
        }
        List<String> classNames = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.contains("module-info") && !n.startsWith("META-INF/"))
                    .map(n -> n.substring(0, n.length() - 6).replace('/', '.'))
                    .sorted().forEach(classNames::add);
        } catch (IOException e) {
            throw new UsageException(jar + ": not a readable jar (" + e.getMessage() + ")", e);
        }
        List<CheckRule> rules = new ArrayList<>();
        try {
            // Kept open for the whole run: rules may load more of their classes while evaluating.
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, RulesJar.class.getClassLoader());
            for (String name : classNames) {
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                collect(type, rules);
            }
        } catch (IOException e) {
            throw new UsageException(jar + ": cannot open (" + e.getMessage() + ")", e);
        }
        if (rules.isEmpty()) {
            throw new UsageException(jar + ": no @ArchTest fields or methods found");
        }
        rules.sort(Comparator.comparing(CheckRule::id));
        return rules;
    }

    private static void collect(Class<?> type, List<CheckRule> rules) {
        Field[] fields;
        Method[] methods;
        try {
            fields = type.getDeclaredFields();
            methods = type.getDeclaredMethods();
        } catch (LinkageError e) {
            return;
        }
        for (Field f : fields) {
            if (f.isAnnotationPresent(ArchTest.class) && ArchRule.class.isAssignableFrom(f.getType())) {
                ArchRule rule = (ArchRule) read(type, f);
                rules.add(CheckRule.of(meta(type, f.getName(), rule.getDescription()), rule));
            }
        }
        for (Method m : methods) {
            if (m.isAnnotationPresent(ArchTest.class) && m.getParameterCount() == 1
                    && m.getParameterTypes()[0] == JavaClasses.class) {
                rules.add(new CheckRule(meta(type, m.getName(), m.getName()), CheckRule.Scope.MAIN, classes -> invoke(type, m, classes)));
            }
        }
    }

    private static RuleMeta meta(Class<?> type, String member, String description) {
        return new RuleMeta(type.getSimpleName() + "." + member, "custom", Severity.HIGH, description,
                "Custom ArchUnit rule from " + type.getName() + ".", "", "", "");
    }

    private static Object read(Class<?> type, Field f) {
        try {
            f.setAccessible(true);
            return f.get(Modifier.isStatic(f.getModifiers()) ? null : instance(type));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new UsageException("rules jar: cannot read " + type.getName() + "." + f.getName() + " (" + e + ")", e);
        }
    }

    private static List<CheckRule.Violation> invoke(Class<?> type, Method m, JavaClasses classes) {
        try {
            m.setAccessible(true);
            m.invoke(Modifier.isStatic(m.getModifiers()) ? null : instance(type), classes);
            return List.of();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AssertionError failure) {
                String message = failure.getMessage() == null ? m.getName() + " failed" : failure.getMessage();
                return List.of(new CheckRule.Violation(List.of(), message));
            }
            throw new IllegalStateException(type.getName() + "." + m.getName() + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + "." + m.getName() + ": " + e, e);
        }
    }

    private static Object instance(Class<?> type) throws ReflectiveOperationException {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}
