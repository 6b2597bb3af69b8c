package dev.stratum.generate;

import dev.stratum.core.UsageException;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * FreeMarker, locked down: templates see only plain maps, lists and scalars; {@code ?api}, {@code ?new} and
 * class loading are off; includes stay inside the template directory; {@code ?interpret} and {@code ?eval} (text
 * run as template code, outside the checks below) are refused. Every parsed template gets FreeMarker's thread
 * interruption checks, so loops stop at the render deadline ({@link RenderWorker}), and renders into a
 * {@link LimitedWriter}. FreeMarker logs nothing: a failed {@code <#attempt>} is the template's own business, and
 * an error that is not recovered is reported once, by Stratum.
 * Interpolation uses {@code [=expr]} so that the {@code ${...}} of Maven, Spring and shell files needs no escaping.
 */
final class TemplateRenderer {
    private final Configuration config;
    private final String templateName;
    private final RenderBudget budget;
    private final Secrets secrets;
    private volatile String current = "template.yaml";

    TemplateRenderer(TemplateSource source, RenderBudget budget, Secrets secrets) {
        this.templateName = source.descriptor().id();
        this.budget = budget;
        this.secrets = secrets;
        config = new InterruptibleConfiguration();
        config.setTemplateLoader(new ConfinedTemplateLoader(source.files(), budget.limits().maxFileBytes()));
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        config.setDefaultEncoding("UTF-8");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setAttemptExceptionReporter((exception, env) -> {
            // Recovered by the template's own <#recover>; FreeMarker would log it as SEVERE on stderr.
        });
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocalizedLookup(false);
        config.setNumberFormat("computer");
        // ?sort, ?upper_case and friends follow the locale; the output must not depend on the machine's.
        config.setLocale(Locale.ROOT);
    }

    /** Where rendering is now, for errors raised outside FreeMarker (time limit, stack, memory). */
    String current() {
        return where(current);
    }

    /** Renders a template file, named relative to the template root. */
    String renderFile(String name, Map<String, Object> model) {
        current = name;
        try {
            return process(config.getTemplate(name), name, model);
        } catch (TemplateNotFoundException e) {
            throw new UsageException(where(name) + ": not found, or not a regular file inside the template", e);
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    /** Renders a short text from template.yaml or a file name; {@code origin} names it in errors. */
    String renderText(String origin, String text, Map<String, Object> model) {
        current = origin;
        try {
            refuseDynamicCode(origin, text);
            Template template = new Template(origin, new StringReader(text), config);
            _CoreAPI.addThreadInterruptedChecks(template);
            return process(template, origin, model);
        } catch (IOException e) {
            throw failure(origin, e);
        }
    }

    /** Evaluates a FreeMarker boolean expression, e.g. {@code features.security && features.web}. */
    boolean test(String origin, String condition, Map<String, Object> model) {
        return "1".equals(renderText(origin, "<#if (" + condition + ")>1</#if>", model));
    }

    private String process(Template template, String name, Map<String, Object> model) {
        LimitedWriter out = new LimitedWriter(budget, where(name));
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            UsageException own = ownCause(name, e);
            if (own != null) {
                throw own;
            }
            String at = e.getLineNumber() == null ? "" : ":" + e.getLineNumber();
            throw new UsageException(where(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName()) + at
                    + ": " + firstLine(secrets.redact(e.getMessageWithoutStackTop())), e);
        } catch (IOException e) {
            throw failure(name, e);
        }
        return out.text();
    }

    /** A limit or a refusal of Stratum's own, wrapped by FreeMarker (an #include that failed to load). */
    private UsageException ownCause(String name, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedWriter.Stop stop && stop.limit() != null) {
                return stop.limit();
            }
            if (t instanceof ConfinedTemplateLoader.RefusedTemplateException refused) {
                return new UsageException(where(refused.name()) + ": " + refused.getMessage());
            }
        }
        return null;
    }

    private UsageException failure(String name, IOException e) {
        UsageException own = ownCause(name, e);
        if (own != null) {
            return own;
        }
        // Parse errors quote template text, never values; redacted all the same.
        return new UsageException(where(name) + ": " + firstLine(secrets.redact(e.getMessage())));
    }

    private void refuseDynamicCode(String name, String text) {
        if (ConfinedTemplateLoader.usesDynamicCode(text)) {
            throw new UsageException(where(name) + ": " + ConfinedTemplateLoader.DYNAMIC_CODE_REFUSED);
        }
    }

    private String where(String name) {
        return "template '" + templateName + "', " + name;
    }

    /** The first line of FreeMarker's message, and the next one when the first only introduces it ("...:"). */
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "rendering failed";
        }
        java.util.List<String> lines = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String first = lines.get(0);
        return first.endsWith(":") && lines.size() > 1 ? first + " " + lines.get(1) : first;
    }

    /**
     * Every template FreeMarker loads (the rendered file and what it includes or imports) gets interruption checks
     * once, when first parsed; later lookups hit FreeMarker's cache and return the same object.
     */
    private static final class InterruptibleConfiguration extends Configuration {
        private final Set<Template> prepared = Collections.newSetFromMap(new IdentityHashMap<>());

        InterruptibleConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                    boolean parseAsFTL, boolean ignoreMissing)
                throws TemplateNotFoundException, MalformedTemplateNameException, freemarker.core.ParseException, IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (template != null) {
                synchronized (prepared) {
                    if (prepared.add(template)) {
                        _CoreAPI.addThreadInterruptedChecks(template);
                    }
                }
            }
            return template;
        }
    }
}
