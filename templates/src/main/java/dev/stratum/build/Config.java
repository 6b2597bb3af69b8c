package dev.stratum.build;

import dev.stratum.core.UsageException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A plugin's or execution's {@code <configuration>} as a tree: a {@link Group} of named elements (in order), a
 * {@link Text} value, or a {@link Repeated} element (the same name written once per value, such as
 * {@code <jvmFlag>} inside {@code <jvmFlags>}). Attributes are not modelled; no generated build needs them.
 */
public sealed interface Config {
    Pattern ELEMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    /** The value of one element. */
    record Text(String value) implements Config {
        public Text {
            value = value == null ? "" : value;
        }
    }

    /** One element written once per value, all under the name its group gives it. */
    record Repeated(List<Config> values) implements Config {
        public Repeated {
            values = List.copyOf(values);
            if (values.stream().anyMatch(v -> v instanceof Repeated)) {
                throw new UsageException("a list inside a list has no XML form: name the inner elements");
            }
        }
    }

    /** Named child elements in declaration order. */
    record Group(Map<String, Config> elements) implements Config {
        public Group {
            for (String name : elements.keySet()) {
                if (name == null || !ELEMENT_NAME.matcher(name).matches()) {
                    throw new UsageException("'" + name + "' is not an XML element name");
                }
            }
            elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        }

        public static Group empty() {
            return new Group(Map.of());
        }

        public boolean isEmpty() {
            return elements.isEmpty();
        }

        /** This group with {@code later}'s elements merged in (see {@link Config#merge}). */
        public Group with(Group later) {
            Map<String, Config> out = new LinkedHashMap<>(elements);
            later.elements.forEach((name, value) -> out.merge(name, value, Config::merge));
            return new Group(out);
        }
    }

    /**
     * Two declarations of one element: groups merge by element name, lists (or a list and a value) append the
     * values not already there, and otherwise the later value replaces the earlier.
     */
    static Config merge(Config earlier, Config later) {
        if (earlier instanceof Group a && later instanceof Group b) {
            return a.with(b);
        }
        if (earlier instanceof Repeated || later instanceof Repeated) {
            List<Config> values = new ArrayList<>(valuesOf(earlier));
            valuesOf(later).stream().filter(v -> !values.contains(v)).forEach(values::add);
            return new Repeated(values);
        }
        return later;
    }

    private static List<Config> valuesOf(Config c) {
        return c instanceof Repeated r ? r.values() : List.of(c);
    }
}
