package dev.stratum.audit.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the dependencies of a pom.xml with the JDK's DOM parser, with DTDs and external entities disabled so a
 * hostile pom cannot read local files (XXE) or reach the network. Nothing is resolved: properties stay literal.
 */
public final class PomReader {
    private static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_DEPTH = 100;

    private PomReader() {
    }

    public static Dependencies read(Path pom, String relative, Consumer<String> warnings) {
        return module(pom, relative, warnings).dependencies();
    }

    /** The pom as a module of its build: name, parent, dependencies, whether it applies spring-boot-maven-plugin. */
    public static BuildModule module(Path pom, String relative, Consumer<String> warnings) {
        String text;
        Document doc;
        try {
            byte[] bytes = dev.stratum.audit.InputFiles.read(pom, MAX_BYTES);
            text = new String(bytes, StandardCharsets.UTF_8);
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                doc = builder().parse(in);
            }
        } catch (SAXException e) {
            warnings.accept(relative + ": malformed pom.xml (" + firstLine(e.getMessage()) + "), its dependencies are unknown");
            return unknown(relative);
        } catch (dev.stratum.audit.InputFiles.Unreadable e) {
            warnings.accept(relative + ": " + e.getMessage() + ", not read");
            return unknown(relative);
        } catch (IOException | ParserConfigurationException e) {
            warnings.accept(relative + ": cannot read (" + e.getClass().getSimpleName() + ")");
            return unknown(relative);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        Map<String, Integer> artifactLines = artifactLines(lines);
        List<Dependency> deps = new ArrayList<>();
        Element project = doc.getDocumentElement();
        String boot = null;
        Element parent = child(project, "parent");
        if (parent != null && "spring-boot-starter-parent".equals(text(parent, "artifactId"))) {
            boot = text(parent, "version");
        }
        Element depsElement = child(project, "dependencies");
        if (depsElement != null) {
            for (Element d : children(depsElement, "dependency")) {
                String artifact = text(d, "artifactId");
                if (artifact == null) {
                    continue;
                }
                String scope = text(d, "scope");
                deps.add(new Dependency(orEmpty(text(d, "groupId")), artifact, scope == null ? "" : scope.strip(),
                        relative, artifactLines.getOrDefault(artifact, 1)));
            }
        }
        Element management = child(project, "dependencyManagement");
        if (boot == null && management != null && child(management, "dependencies") != null) {
            for (Element d : children(child(management, "dependencies"), "dependency")) {
                if ("spring-boot-dependencies".equals(text(d, "artifactId"))) {
                    boot = text(d, "version");
                }
            }
        }
        java.util.Set<String> plugins = new java.util.HashSet<>();
        Element build = child(project, "build");
        Element pluginList = build == null ? null : child(build, "plugins");
        if (pluginList != null) {
            for (Element p : children(pluginList, "plugin")) {
                String artifact = text(p, "artifactId");
                if (artifact != null) {
                    plugins.add(artifact.strip());
                }
            }
        }
        String packaging = text(project, "packaging");
        return new BuildModule(BuildModule.dirOf(relative), relative, BuildModule.dependencyBlockLine(lines),
                orEmpty(text(project, "artifactId")), parent == null ? null : text(parent, "artifactId"),
                new Dependencies(deps, boot, plugins), List.of(), plugins.contains("spring-boot-maven-plugin"),
                "pom".equals(packaging), List.of());
    }

    private static BuildModule unknown(String relative) {
        return new BuildModule(BuildModule.dirOf(relative), relative, 1, "", null, new Dependencies(List.of(), null),
                List.of(), false, false, List.of());
    }

    static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        try {
            // a pom is a few levels deep; DOM methods that recurse (getTextContent) must never meet 100,000 levels
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
        } catch (IllegalArgumentException notJdkParser) {
            // another JAXP implementation: its own limits apply
        }
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b;
    }

    /** A DOM builder safe against XXE, for other XML inputs (Liquibase changelogs). */
    public static Document parse(Path file, int maxBytes) throws IOException, SAXException, ParserConfigurationException,
            dev.stratum.audit.InputFiles.Unreadable {
        try (InputStream in = new java.io.ByteArrayInputStream(dev.stratum.audit.InputFiles.read(file, maxBytes))) {
            return builder().parse(in);
        }
    }

    /** The first line of every {@code <artifactId>X</artifactId>}, in one pass (not one pass per dependency). */
    static Map<String, Integer> artifactLines(String[] lines) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int from = 0;
            while (true) {
                int open = line.indexOf("<artifactId>", from);
                if (open < 0) {
                    break;
                }
                int close = line.indexOf("</artifactId>", open);
                if (close < 0) {
                    break;
                }
                first.putIfAbsent(line.substring(open + "<artifactId>".length(), close), i + 1);
                from = close;
            }
        }
        return first;
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getTagName())) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e && name.equals(e.getTagName())) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String firstLine(String s) {
        return s == null ? "parse error" : s.strip().lines().findFirst().orElse("parse error");
    }
}
