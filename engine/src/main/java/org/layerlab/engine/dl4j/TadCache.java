package org.layerlab.engine.dl4j;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.cpu.nativecpu.CpuTADManager;
import org.nd4j.linalg.cpu.nativecpu.ops.NativeOpExecutioner;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tensor-along-dimension (TAD) shapes and offsets of broadcasts and reductions, made once per
 * array shape and axes and reused.
 *
 * <p>ND4J M2.1's {@link CpuTADManager} asks native code for them on every op and wraps the answer
 * in two new Java buffers registered for garbage-collected freeing: about a quarter of the buffers
 * a playground fit still made after {@link ShapeInfoCache}. Native code keeps one pack per shape and
 * axes for the life of the process, so the Java wrappers can be shared too.
 *
 * <p>Installed by {@link Backend} in place of the CPU executioner's manager; elsewhere nothing
 * changes.
 */
final class TadCache extends CpuTADManager {

    /** Distinct (shape, axes) pairs kept; past this, packs are made as ND4J makes them. */
    static final int MAX_ENTRIES = 50_000;

    private static volatile boolean installed;

    private final ConcurrentHashMap<Key, Pair<DataBuffer, DataBuffer>> cache = new ConcurrentHashMap<>();

    /** An array's shape information with sorted axes; arrays are copied only when the key is stored. */
    private record Key(long[] shapeInfo, int[] axes) {
        Key stored() {
            return new Key(shapeInfo.clone(), axes.clone());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(axes, k.axes) && Arrays.equals(shapeInfo, k.shapeInfo);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(shapeInfo) + Arrays.hashCode(axes);
        }
    }

    @Override
    public Pair<DataBuffer, DataBuffer> getTADOnlyShapeInfo(INDArray array, int... dimension) {
        if (dimension == null || array == null) {
            return super.getTADOnlyShapeInfo(array, dimension);
        }
        if (dimension.length > 1) {
            // as ND4J does: callers' axis arrays come back sorted
            Arrays.sort(dimension);
        }
        long[] shapeInfo = array.shapeInfoJava();
        if (shapeInfo == null) {
            return super.getTADOnlyShapeInfo(array, dimension);
        }
        Key key = new Key(shapeInfo, dimension);
        Pair<DataBuffer, DataBuffer> shared = cache.get(key);
        if (shared != null) {
            return shared;
        }
        Pair<DataBuffer, DataBuffer> made = super.getTADOnlyShapeInfo(array, dimension);
        if (cache.size() >= MAX_ENTRIES) {
            return made;
        }
        Pair<DataBuffer, DataBuffer> raced = cache.putIfAbsent(key.stored(), made);
        return raced == null ? made : raced;
    }

    @Override
    public void purgeBuffers() {
        super.purgeBuffers();
        cache.clear();
    }

    /** How many (shape, axes) pairs are cached. */
    int size() {
        return cache.size();
    }

    /** Puts the cache in place of the CPU executioner's TAD manager, once; true when it is in place. */
    static synchronized boolean install() {
        if (!installed) {
            try {
                installed = manager().replaceStock(CpuTADManager.class, TadCache::copying);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
        }
        return installed;
    }

    /** A cache holding the same native ops and constant handler as ND4J's {@code stock} manager. */
    private static TadCache copying(CpuTADManager stock) {
        try {
            TadCache cache = new TadCache();
            for (String name : new String[]{"nativeOps", "constantHandler"}) {
                Nd4jField.of(CpuTADManager.class, cache, name).swap(Nd4jField.of(CpuTADManager.class, stock, name).get());
            }
            return cache;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy ND4J's TAD manager: " + e.getMessage(), e);
        }
    }

    /** Puts {@code manager} in the executioner's place and returns the one it replaces (tests compare the two). */
    static CpuTADManager swap(CpuTADManager manager) throws ReflectiveOperationException {
        return (CpuTADManager) manager().swap(manager);
    }

    /** The cache the executioner uses, or null when it is not installed. */
    static TadCache active() {
        try {
            return manager().get() instanceof TadCache c ? c : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Nd4jField manager() throws ReflectiveOperationException {
        Object executioner = Nd4j.getExecutioner();
        // declared by ND4J's CPU executioner, which LayerLab's ClosingOpExecutioner extends
        Class<?> declaring = executioner instanceof NativeOpExecutioner ? NativeOpExecutioner.class : executioner.getClass();
        return Nd4jField.of(declaring, executioner, "tadManager");
    }
}
