package org.layerlab.engine.graph;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum with a stable string key, used in files and on screen (Keras spelling where Keras has one). */
public interface KeyedEnum {

    /** The stable key written to files, e.g. {@code "relu"}. */
    String key();

    /** Finds the constant of {@code type} whose key (or name) is {@code key}, case-insensitively. */
    static <E extends Enum<E> & KeyedEnum> E fromKey(Class<E> type, String key) {
        if (key != null) {
            for (E e : type.getEnumConstants()) {
                if (e.key().equalsIgnoreCase(key.trim()) || e.name().equalsIgnoreCase(key.trim())) {
                    return e;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(KeyedEnum::key).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
                        + " '" + key + "'; expected one of: " + allowed);
    }
}
