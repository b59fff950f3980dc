package org.layerlab.engine.dl4j;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.ShapeInfoProvider;
import org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shape information for new ND4J arrays, made once per distinct shape and reused.
 *
 * <p>ND4J M2.1's CPU provider caches only one of its overloads; the one every new array goes
 * through ({@code BaseNDArray}'s constructors) asks native code for the shape buffer each time and
 * wraps it in a new Java buffer registered for garbage-collected freeing: about 140 of the 236
 * buffers a fit of the playground network made, each with two JavaCPP temporaries, three JNI calls,
 * a UUID and a reference the next GC must copy. Native code already keeps one buffer per distinct
 * shape for the life of the process, so sharing its Java wrapper changes nothing an op sees; each
 * caller still gets its own copy of the Java-side shape array.
 *
 * <p>Installed by {@link Backend} in place of ND4J's provider when it is the CPU backend's own;
 * elsewhere ND4J is left as it is.
 */
final class ShapeInfoCache extends DirectShapeInfoProvider {

    /** Distinct shapes kept; past this, shapes are made as ND4J makes them. */
    static final int MAX_ENTRIES = 50_000;

    private static volatile boolean installed;

    private final ConcurrentHashMap<Key, Pair<DataBuffer, long[]>> cache = new ConcurrentHashMap<>();

    /** A shape request; arrays are compared by content and copied only when the key is stored. */
    private record Key(long[] shape, long[] stride, long elementWiseStride, char order, DataType type, boolean empty) {
        Key stored() {
            return new Key(shape.clone(), stride.clone(), elementWiseStride, order, type, empty);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && elementWiseStride == k.elementWiseStride && order == k.order && type == k.type
                    && empty == k.empty && Arrays.equals(shape, k.shape) && Arrays.equals(stride, k.stride);
        }

        @Override
        public int hashCode() {
            int h = Arrays.hashCode(shape);
            h = 31 * h + Arrays.hashCode(stride);
            h = 31 * h + Long.hashCode(elementWiseStride);
            h = 31 * h + order;
            h = 31 * h + type.ordinal();
            return 31 * h + (empty ? 1 : 0);
        }
    }

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, long[] stride, long elementWiseStride, char order,
                                                           DataType dataType, boolean empty) {
        if (shape == null || stride == null || dataType == null) {
            return super.createShapeInformation(shape, stride, elementWiseStride, order, dataType, empty);
        }
        Key key = new Key(shape, stride, elementWiseStride, order, dataType, empty);
        Pair<DataBuffer, long[]> shared = cache.get(key);
        if (shared == null) {
            Pair<DataBuffer, long[]> made = super.createShapeInformation(shape, stride, elementWiseStride, order, dataType, empty);
            if (cache.size() >= MAX_ENTRIES) {
                return made;
            }
            Pair<DataBuffer, long[]> raced = cache.putIfAbsent(key.stored(), made);
            shared = raced == null ? made : raced;
        }
        return Pair.create(shared.getFirst(), shared.getSecond().clone());
    }

    @Override
    public void purgeCache() {
        super.purgeCache();
        cache.clear();
    }

    /** How many distinct shapes are cached. */
    int size() {
        return cache.size();
    }

    /** Puts the cache in place of the CPU backend's provider, once; true when it is in place. */
    static synchronized boolean install() {
        if (!installed) {
            try {
                installed = provider().replaceStock(DirectShapeInfoProvider.class, stock -> new ShapeInfoCache());
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
        }
        return installed;
    }

    /** Puts {@code provider} in ND4J's place and returns the one it replaces (tests compare the two). */
    static ShapeInfoProvider swap(ShapeInfoProvider provider) throws ReflectiveOperationException {
        return (ShapeInfoProvider) provider().swap(provider);
    }

    private static Nd4jField provider() throws ReflectiveOperationException {
        return Nd4jField.of(Nd4j.class, null, "shapeInfoProvider");
    }

    /** The cache ND4J uses, or null when it is not installed. */
    static ShapeInfoCache active() {
        return Nd4j.getShapeInfoProvider() instanceof ShapeInfoCache c ? c : null;
    }
}
