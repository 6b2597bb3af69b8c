package dev.stratum.generate;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Loads templates (and their {@code <#include>}s) only from regular files under the template root: no symbolic
 * links, no devices or pipes, nothing outside, nothing over the per-file size limit, and no text that uses
 * {@code ?interpret} or {@code ?eval}. FreeMarker already normalises {@code ..} in names; this is the second lock.
 */
final class ConfinedTemplateLoader implements TemplateLoader {
    static final String DYNAMIC_CODE_REFUSED =
            "?interpret and ?eval are not allowed in templates (they would run text as template code)";
    /** Built-ins that parse a string as template code at render time, outside the checks added at parse time. */
    private static final Pattern DYNAMIC_CODE = Pattern.compile("\\?\\s*(interpret|eval)\\b");

    private final TemplateFiles files;
    private final long maxBytes;

    ConfinedTemplateLoader(TemplateFiles files, long maxBytes) {
        this.files = files;
        this.maxBytes = maxBytes;
    }

    static boolean usesDynamicCode(String text) {
        return DYNAMIC_CODE.matcher(text).find();
    }

    @Override
    public Object findTemplateSource(String name) {
        return files.find(name).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        return -1;
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        TemplateFiles.Entry entry = (TemplateFiles.Entry) source;
        byte[] bytes;
        try {
            bytes = files.read(entry, maxBytes);
        } catch (dev.stratum.core.UsageException e) {
            throw new RefusedTemplateException(entry.name(), e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (usesDynamicCode(text)) {
            throw new RefusedTemplateException(entry.name(), DYNAMIC_CODE_REFUSED);
        }
        return new StringReader(text);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Nothing is held per source.
    }

    /** Stratum refused to load a template; FreeMarker wraps it, and the renderer reports it as it is. */
    static final class RefusedTemplateException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String name;

        RefusedTemplateException(String name, String message) {
            super(message);
            this.name = name;
        }

        String name() {
            return name;
        }
    }
}
