package dev.stratum.generate;

import dev.stratum.core.UsageException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * FreeMarker, locked down: templates see only plain maps, lists and scalars; {@code ?api}, {@code ?new} and
 * class loading are off; includes stay inside the template directory. Interpolation uses {@code [=expr]} so that
 * the {@code ${...}} of Maven, Spring and shell files needs no escaping.
 */
final class TemplateRenderer {
    private final Configuration config;
    private final String templateName;

    TemplateRenderer(TemplateSource source) {
        this.templateName = source.descriptor().id();
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ConfinedTemplateLoader(source.root()));
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        config.setDefaultEncoding("UTF-8");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocalizedLookup(false);
        config.setNumberFormat("computer");
    }

    /** Renders a template file, named relative to the template root. */
    String renderFile(String name, Map<String, Object> model) {
        try {
            return process(config.getTemplate(name), model);
        } catch (IOException e) {
            throw new UsageException(where(name) + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Renders a short text from template.yaml or a file name; {@code origin} names it in errors. */
    String renderText(String origin, String text, Map<String, Object> model) {
        try {
            return process(new Template(origin, new StringReader(text), config), model);
        } catch (IOException e) {
            throw new UsageException(where(origin) + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Evaluates a FreeMarker boolean expression, e.g. {@code features.security && features.web}. */
    boolean test(String origin, String condition, Map<String, Object> model) {
        return "1".equals(renderText(origin, "<#if (" + condition + ")>1</#if>", model));
    }

    private String process(Template template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            String at = e.getLineNumber() == null ? "" : ":" + e.getLineNumber();
            throw new UsageException(where(template.getName()) + at + ": " + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new UsageException(where(template.getName()) + ": " + firstLine(e.getMessage()), e);
        }
        return out.toString();
    }

    private String where(String name) {
        return "template '" + templateName + "', " + name;
    }

    private static String firstLine(String message) {
        return message == null ? "rendering failed" : message.strip().lines().findFirst().orElse("rendering failed");
    }
}
