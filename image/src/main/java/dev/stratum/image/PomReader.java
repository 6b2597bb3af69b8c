package dev.stratum.image;

import dev.stratum.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the coordinates and descriptive fields of a pom.xml without running Maven. Only the project's own
 * pom is read: values inherited from a parent other than groupId/version, and properties defined outside
 * the pom, stay unresolved and are left out.
 */
public final class PomReader {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    public ProjectMetadata read(Path projectDir) {
        Path pom = projectDir.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return new ProjectMetadata(null, null, null, null, null, null, null, null);
        }
        Element project = parse(pom);
        Map<String, String> properties = properties(project);
        Element parent = child(project, "parent");
        String groupId = text(project, "groupId", parent, properties);
        String artifactId = text(project, "artifactId", null, properties);
        String version = text(project, "version", parent, properties);
        properties.putIfAbsent("project.version", version == null ? "" : version);
        properties.putIfAbsent("project.artifactId", artifactId == null ? "" : artifactId);
        Element scm = child(project, "scm");
        return new ProjectMetadata(groupId, artifactId, version,
                text(project, "name", null, properties), text(project, "description", null, properties),
                text(project, "url", null, properties), scm == null ? null : text(scm, "url", null, properties), null);
    }

    private static Element parse(Path pom) {
        try (InputStream in = Files.newInputStream(pom)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A pom never needs a DTD: refusing one rules out XXE and entity expansion.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            // The default handler prints "[Fatal Error] ..." to the process's stderr before the exception: a
            // second line beside Stratum's one-line error. The exception alone reports the problem.
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(in).getDocumentElement();
        } catch (IOException | SAXException | ParserConfigurationException e) {
            String line = e instanceof org.xml.sax.SAXParseException p && p.getLineNumber() > 0 ? ":" + p.getLineNumber() : "";
            throw new InputException("cannot read " + pom + line + ": "
                    + ImageReferences.shown(UrlCredentials.strip(String.valueOf(e.getMessage())), 200), e);
        }
    }

    private static Map<String, String> properties(Element project) {
        Map<String, String> result = new HashMap<>();
        Element props = child(project, "properties");
        if (props != null) {
            for (Node n = props.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    result.put(e.getTagName(), e.getTextContent().strip());
                }
            }
        }
        return result;
    }

    private static String text(Element element, String name, Element fallback, Map<String, String> properties) {
        Element child = child(element, name);
        if (child == null && fallback != null) {
            child = child(fallback, name);
        }
        if (child == null) {
            return null;
        }
        String value = resolve(child.getTextContent().strip(), properties);
        return value == null || value.isEmpty() ? null : value;
    }

    /** Substitutes properties defined in the same pom; a value still holding a placeholder is dropped. */
    private static String resolve(String value, Map<String, String> properties) {
        String current = value;
        for (int i = 0; i < 5 && current.contains("${"); i++) {
            Matcher m = PROPERTY.matcher(current);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String replacement = properties.get(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
            }
            m.appendTail(sb);
            current = sb.toString();
        }
        return current.contains("${") ? null : current;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
