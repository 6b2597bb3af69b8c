package dev.stratum.generate;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Loads templates (and their {@code <#include>}s) only from regular files under the template root: no symbolic
 * links, nothing outside. FreeMarker already normalises {@code ..} in names; this is the second lock.
 */
final class ConfinedTemplateLoader implements TemplateLoader {
    private final Path root;

    ConfinedTemplateLoader(Path root) {
        this.root = root.normalize();
    }

    @Override
    public Object findTemplateSource(String name) {
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return file;
    }

    @Override
    public long getLastModified(Object source) {
        return -1;
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return new InputStreamReader(Files.newInputStream((Path) source), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Readers are closed by FreeMarker; nothing is held per source.
    }
}
