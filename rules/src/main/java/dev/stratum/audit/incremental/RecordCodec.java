package dev.stratum.audit.incremental;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compact binary form of one record graph (records, sealed interfaces of records, enums, strings, primitives,
 * lists, sets, maps), derived from the record declarations themselves: a component added to a cached record is
 * written without anyone touching this class, and it changes {@link #schema()}, which keys the cache, so an old file
 * is never read with the new shape. Values are rebuilt through their canonical constructors (their checks and
 * copies run, as with any other construction). Strings are written once per value and referred to by number after.
 * A type it cannot write (an interface that is not sealed, {@code Object}, an array) fails when the codec is built,
 * not when a file is read.
 */
final class RecordCodec<T> {
    private final Class<T> type;
    private final Codec root;
    private final String schema;

    private RecordCodec(Class<T> type, Codec root, String schema) {
        this.type = type;
        this.root = root;
        this.schema = schema;
    }

    static <T extends Record> RecordCodec<T> of(Class<T> type) {
        Builder b = new Builder();
        Codec root = b.codec(type);
        return new RecordCodec<>(type, root, b.schema.toString());
    }

    /** The shape of every type reached, in a stable text form. */
    String schema() {
        return schema;
    }

    byte[] encode(T value) {
        BinaryOut out = new BinaryOut();
        root.write(out, value);
        return out.toByteArray();
    }

    T decode(byte[] bytes) throws BinaryIn.Malformed {
        BinaryIn in = new BinaryIn(bytes);
        Object v = root.read(in);
        in.expectEnd();
        return type.cast(v);
    }

    /** One type's writer and reader. */
    private interface Codec {
        void write(BinaryOut out, Object value);

        Object read(BinaryIn in) throws BinaryIn.Malformed;
    }

    /** Builds codecs once per type; a record met again (a recursive shape) reuses the one under construction. */
    private static final class Builder {
        private final Map<Type, Codec> built = new HashMap<>();
        private final StringBuilder schema = new StringBuilder();

        Codec codec(Type t) {
            Codec known = built.get(t);
            if (known != null) {
                return known;
            }
            Codec c = create(t);
            built.putIfAbsent(t, c);
            return built.get(t);
        }

        private Codec create(Type t) {
            if (t == String.class) {
                return STRING;
            }
            if (t == int.class || t == Integer.class) {
                return nullable(t == Integer.class, INT);
            }
            if (t == long.class || t == Long.class) {
                return nullable(t == Long.class, LONG);
            }
            if (t == boolean.class || t == Boolean.class) {
                return nullable(t == Boolean.class, BOOLEAN);
            }
            if (t == double.class || t == Double.class) {
                return nullable(t == Double.class, DOUBLE);
            }
            if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
                Type[] args = p.getActualTypeArguments();
                if (raw == List.class) {
                    return list(codec(args[0]));
                }
                if (raw == Set.class) {
                    return set(codec(args[0]));
                }
                if (raw == Map.class) {
                    return map(codec(args[0]), codec(args[1]));
                }
            }
            if (t instanceof Class<?> c) {
                if (c.isEnum()) {
                    return enumCodec(c);
                }
                if (c.isRecord()) {
                    return record(c);
                }
                if (c.isSealed()) {
                    return sealed(c);
                }
            }
            throw new IllegalStateException("the audit cache cannot store a " + t.getTypeName()
                    + " (records, sealed interfaces of records, enums, strings, primitives, List, Set, Map only)");
        }

        private Codec enumCodec(Class<?> c) {
            Object[] constants = c.getEnumConstants();
            schema.append(c.getName()).append(Arrays.toString(constants)).append('\n');
            return new Codec() {
                @Override
                public void write(BinaryOut out, Object value) {
                    out.varint(value == null ? 0 : ((Enum<?>) value).ordinal() + 1);
                }

                @Override
                public Object read(BinaryIn in) throws BinaryIn.Malformed {
                    int i = in.count(constants.length + 1);
                    return i == 0 ? null : constants[i - 1];
                }
            };
        }

        private Codec sealed(Class<?> c) {
            Class<?>[] kinds = c.getPermittedSubclasses();
            schema.append(c.getName()).append(" one of");
            for (Class<?> k : kinds) {
                schema.append(' ').append(k.getName());
            }
            schema.append('\n');
            Codec[] codecs = new Codec[kinds.length];
            Map<Class<?>, Integer> index = new HashMap<>();
            for (int i = 0; i < kinds.length; i++) {
                index.put(kinds[i], i);
            }
            Codec sealed = new Codec() {
                @Override
                public void write(BinaryOut out, Object value) {
                    if (value == null) {
                        out.varint(0);
                        return;
                    }
                    int i = index.get(value.getClass());
                    out.varint(i + 1);
                    codecs[i].write(out, value);
                }

                @Override
                public Object read(BinaryIn in) throws BinaryIn.Malformed {
                    int i = in.count(kinds.length + 1);
                    return i == 0 ? null : codecs[i - 1].read(in);
                }
            };
            built.put(c, sealed);
            for (int i = 0; i < kinds.length; i++) {
                codecs[i] = codec(kinds[i]);
            }
            return sealed;
        }

        private Codec record(Class<?> c) {
            RecordComponent[] parts = c.getRecordComponents();
            Method[] getters = new Method[parts.length];
            Codec[] codecs = new Codec[parts.length];
            Constructor<?> constructor;
            try {
                Class<?>[] types = new Class<?>[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    getters[i] = parts[i].getAccessor();
                    getters[i].setAccessible(true);
                    types[i] = parts[i].getType();
                }
                constructor = c.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("the audit cache cannot store " + c.getName() + " (" + e + ")", e);
            }
            Codec record = new Codec() {
                @Override
                public void write(BinaryOut out, Object value) {
                    if (value == null) {
                        out.varint(0);
                        return;
                    }
                    out.varint(1);
                    try {
                        for (int i = 0; i < getters.length; i++) {
                            codecs[i].write(out, getters[i].invoke(value));
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public Object read(BinaryIn in) throws BinaryIn.Malformed {
                    if (in.count(2) == 0) {
                        return null;
                    }
                    Object[] args = new Object[codecs.length];
                    for (int i = 0; i < codecs.length; i++) {
                        args[i] = codecs[i].read(in);
                    }
                    try {
                        return constructor.newInstance(args);
                    } catch (InvocationTargetException | IllegalArgumentException e) {
                        throw new BinaryIn.Malformed(c.getSimpleName() + " refused its values (" + e + ")");
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
            built.put(c, record);
            schema.append(c.getName()).append('(');
            for (int i = 0; i < parts.length; i++) {
                schema.append(i == 0 ? "" : ", ").append(parts[i].getGenericType().getTypeName()).append(' ')
                        .append(parts[i].getName());
            }
            schema.append(")\n");
            for (int i = 0; i < parts.length; i++) {
                codecs[i] = codec(parts[i].getGenericType());
            }
            return record;
        }
    }

    private static Codec nullable(boolean boxed, Codec codec) {
        if (!boxed) {
            return codec;
        }
        return new Codec() {
            @Override
            public void write(BinaryOut out, Object value) {
                out.varint(value == null ? 0 : 1);
                if (value != null) {
                    codec.write(out, value);
                }
            }

            @Override
            public Object read(BinaryIn in) throws BinaryIn.Malformed {
                return in.count(2) == 0 ? null : codec.read(in);
            }
        };
    }

    private static final Codec STRING = new Codec() {
        @Override
        public void write(BinaryOut out, Object value) {
            out.string((String) value);
        }

        @Override
        public Object read(BinaryIn in) throws BinaryIn.Malformed {
            return in.string();
        }
    };

    private static final Codec INT = new Codec() {
        @Override
        public void write(BinaryOut out, Object value) {
            out.signed((Integer) value);
        }

        @Override
        public Object read(BinaryIn in) throws BinaryIn.Malformed {
            long v = in.signed();
            if (v != (int) v) {
                throw new BinaryIn.Malformed("an int out of range");
            }
            return (int) v;
        }
    };

    private static final Codec LONG = new Codec() {
        @Override
        public void write(BinaryOut out, Object value) {
            out.signed((Long) value);
        }

        @Override
        public Object read(BinaryIn in) throws BinaryIn.Malformed {
            return in.signed();
        }
    };

    private static final Codec BOOLEAN = new Codec() {
        @Override
        public void write(BinaryOut out, Object value) {
            out.varint((Boolean) value ? 1 : 0);
        }

        @Override
        public Object read(BinaryIn in) throws BinaryIn.Malformed {
            return in.count(2) == 1;
        }
    };

    private static final Codec DOUBLE = new Codec() {
        @Override
        public void write(BinaryOut out, Object value) {
            out.signed(Double.doubleToRawLongBits((Double) value));
        }

        @Override
        public Object read(BinaryIn in) throws BinaryIn.Malformed {
            return Double.longBitsToDouble(in.signed());
        }
    };

    /** Size + 1, then the elements; 0 for null. Read back unmodifiable. */
    private static Codec list(Codec element) {
        return new Codec() {
            @Override
            public void write(BinaryOut out, Object value) {
                if (value == null) {
                    out.varint(0);
                    return;
                }
                List<?> list = (List<?>) value;
                out.varint(list.size() + 1);
                for (Object e : list) {
                    element.write(out, e);
                }
            }

            @Override
            public Object read(BinaryIn in) throws BinaryIn.Malformed {
                int n = in.size();
                if (n < 0) {
                    return null;
                }
                Object[] items = new Object[n];
                boolean nulls = false;
                for (int i = 0; i < n; i++) {
                    items[i] = element.read(in);
                    nulls |= items[i] == null;
                }
                // List.of: the records' List.copyOf then keeps it as it is instead of copying it again
                return nulls ? Collections.unmodifiableList(Arrays.asList(items)) : List.of(items);
            }
        };
    }

    private static Codec set(Codec element) {
        Codec asList = list(element);
        return new Codec() {
            @Override
            public void write(BinaryOut out, Object value) {
                asList.write(out, value == null ? null : new ArrayList<>((Set<?>) value));
            }

            @Override
            public Object read(BinaryIn in) throws BinaryIn.Malformed {
                List<?> items = (List<?>) asList.read(in);
                return items == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(items));
            }
        };
    }

    private static Codec map(Codec key, Codec value) {
        return new Codec() {
            @Override
            public void write(BinaryOut out, Object v) {
                if (v == null) {
                    out.varint(0);
                    return;
                }
                Map<?, ?> map = (Map<?, ?>) v;
                out.varint(map.size() + 1);
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    key.write(out, e.getKey());
                    value.write(out, e.getValue());
                }
            }

            @Override
            public Object read(BinaryIn in) throws BinaryIn.Malformed {
                int n = in.size();
                if (n < 0) {
                    return null;
                }
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(key.read(in), value.read(in));
                }
                return Collections.unmodifiableMap(map);
            }
        };
    }
}
