package org.layerlab.engine.dl4j;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * A private field of ND4J that LayerLab replaces with a faster equivalent ({@link ShapeInfoCache},
 * {@link TadCache}): read it, and swap its value, only while it holds what was expected.
 */
final class Nd4jField {

    private final Object owner;
    private final Field field;

    private Nd4jField(Object owner, Field field) {
        this.owner = owner;
        this.field = field;
    }

    /** The field {@code name} declared by {@code owner}'s class, or the static one of {@code type} when owner is null. */
    static Nd4jField of(Class<?> type, Object owner, String name) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(name);
        if (Modifier.isFinal(f.getModifiers()) || Modifier.isStatic(f.getModifiers()) != (owner == null)) {
            throw new NoSuchFieldException(type.getName() + "." + name + " is not a replaceable field");
        }
        f.setAccessible(true);
        return new Nd4jField(owner, f);
    }

    Object get() throws IllegalAccessException {
        return field.get(owner);
    }

    /** Sets the field to {@code value} and returns what it held. */
    Object swap(Object value) throws IllegalAccessException {
        Object previous = field.get(owner);
        field.set(owner, value);
        return previous;
    }

    /**
     * Sets the field to what {@code replacement} makes of its current value, only when that value
     * is exactly of class {@code stock}; true when it was replaced.
     */
    <T> boolean replaceStock(Class<T> stock, java.util.function.Function<T, ?> replacement) throws IllegalAccessException {
        Object current = field.get(owner);
        if (current == null || current.getClass() != stock) {
            return false;
        }
        field.set(owner, replacement.apply(stock.cast(current)));
        return true;
    }
}
