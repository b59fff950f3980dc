package org.layerlab.engine.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST in the IDX format (big-endian header, then unsigned bytes), gzipped or not: images are
 * magic 2051, count, rows, columns, then count x rows x columns pixel bytes; labels are magic 2049, count,
 * then count label bytes 0..9. Every header value is checked, and a file that disagrees is refused with
 * its name and the value found. Features are the pixel bytes 0..255 as floats, row by row.
 */
public final class MnistIdx {

    public static final int IMAGES_MAGIC = 2051;
    public static final int LABELS_MAGIC = 2049;
    /** Side of an MNIST digit in pixels. */
    public static final int SIDE = 28;
    /** The four files of a training and test set, as they are usually named (each may also be gzipped). */
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    /** Class names "0".."9". */
    public static final List<String> CLASS_NAMES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    // Bounds that no real IDX image file exceeds; they stop a corrupt header from allocating gigabytes.
    private static final int MAX_SIDE = 4096;
    private static final long MAX_PIXEL_BYTES = 1L << 30;

    private MnistIdx() {
    }

    /** Images read from an IDX file: {@code pixels[i]} holds image i row by row, values 0..255. */
    public record Images(int rows, int columns, float[][] pixels) {

        public int count() {
            return pixels.length;
        }
    }

    /** Reads an IDX image file (magic 2051). */
    public static Images readImages(Path file) throws DataException {
        ByteBuffer in = ByteBuffer.wrap(readAll(file));
        String name = file.getFileName().toString();
        int magic = header(in, name, "magic number");
        if (magic != IMAGES_MAGIC) {
            throw new DataException(name + ": expected magic " + IMAGES_MAGIC + ", found " + magic
                    + (magic == LABELS_MAGIC ? " (this is a label file)" : " (not an IDX image file)"));
        }
        int count = header(in, name, "image count");
        int rows = header(in, name, "row count");
        int columns = header(in, name, "column count");
        if (count < 0) {
            throw new DataException(name + ": image count must not be negative, found " + count);
        }
        if (rows < 1 || rows > MAX_SIDE || columns < 1 || columns > MAX_SIDE) {
            throw new DataException(name + ": image size must be 1.." + MAX_SIDE + " pixels a side, found "
                    + rows + "x" + columns);
        }
        int size = rows * columns;
        long expected = (long) count * size;
        if (expected > MAX_PIXEL_BYTES) {
            throw new DataException(name + ": " + count + " images of " + rows + "x" + columns
                    + " is more than LayerLab reads (" + MAX_PIXEL_BYTES + " pixel bytes)");
        }
        checkLength(in, expected, name, count + " images of " + rows + "x" + columns);
        float[][] pixels = new float[count][size];
        for (int i = 0; i < count; i++) {
            float[] image = pixels[i];
            for (int p = 0; p < size; p++) {
                image[p] = in.get() & 0xFF;
            }
        }
        return new Images(rows, columns, pixels);
    }

    /** Reads an IDX label file (magic 2049) whose labels must be digits 0..9. */
    public static int[] readLabels(Path file) throws DataException {
        ByteBuffer in = ByteBuffer.wrap(readAll(file));
        String name = file.getFileName().toString();
        int magic = header(in, name, "magic number");
        if (magic != LABELS_MAGIC) {
            throw new DataException(name + ": expected magic " + LABELS_MAGIC + ", found " + magic
                    + (magic == IMAGES_MAGIC ? " (this is an image file)" : " (not an IDX label file)"));
        }
        int count = header(in, name, "label count");
        if (count < 0) {
            throw new DataException(name + ": label count must not be negative, found " + count);
        }
        checkLength(in, count, name, count + " labels");
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = in.get() & 0xFF;
            if (labels[i] > 9) {
                throw new DataException(name + ": label " + i + " must be a digit 0..9, found " + labels[i]);
            }
        }
        return labels;
    }

    /**
     * Reads an image file and its label file into a classification dataset of {@code rows x columns}
     * features (pixels 0..255) and classes "0".."9".
     */
    public static Dataset load(Path images, Path labels, String name) throws DataException {
        Images img = readImages(images);
        int[] lab = readLabels(labels);
        if (img.count() != lab.length) {
            throw new DataException(images.getFileName() + " has " + img.count() + " images but "
                    + labels.getFileName() + " has " + lab.length + " labels");
        }
        return Dataset.classification(name, img.pixels(), lab, CLASS_NAMES, pixelNames(img.rows(), img.columns()));
    }

    /** The training set of the IDX files in {@code folder} (see {@link #file}). */
    public static Dataset loadTrain(Path folder) throws DataException {
        return load(file(folder, TRAIN_IMAGES), file(folder, TRAIN_LABELS), "mnist");
    }

    /** The test set of the IDX files in {@code folder} (see {@link #file}). */
    public static Dataset loadTest(Path folder) throws DataException {
        return load(file(folder, TEST_IMAGES), file(folder, TEST_LABELS), "mnist");
    }

    /**
     * The file {@code base.gz} in {@code folder}, or {@code base} when only the uncompressed one exists.
     *
     * @throws DataException naming every one of the four files that is missing
     */
    public static Path file(Path folder, String base) throws DataException {
        Path found = find(folder, base);
        if (found == null) {
            throw missing(folder);
        }
        return found;
    }

    /** Checks that the four files are present, and says which are not. */
    public static void checkFolder(Path folder) throws DataException {
        if (!Files.isDirectory(folder)) {
            throw new DataException("MNIST folder not found: " + folder);
        }
        for (String base : List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS)) {
            if (find(folder, base) == null) {
                throw missing(folder);
            }
        }
    }

    /** Feature names "r0c0".."r27c27" (row, column). */
    public static List<String> pixelNames(int rows, int columns) {
        List<String> names = new ArrayList<>(rows * columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                names.add("r" + r + "c" + c);
            }
        }
        return names;
    }

    private static Path find(Path folder, String base) {
        for (String candidate : List.of(base + ".gz", base)) {
            Path p = folder.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static DataException missing(Path folder) {
        List<String> absent = new ArrayList<>();
        for (String base : List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS)) {
            if (find(folder, base) == null) {
                absent.add(base + ".gz");
            }
        }
        return new DataException("MNIST files not found in " + folder + ": expected " + String.join(", ", absent)
                + " (gzipped or not)");
    }

    private static int header(ByteBuffer in, String name, String what) throws DataException {
        if (in.remaining() < 4) {
            throw new DataException(name + ": file ends in the header, before the " + what
                    + " (" + in.limit() + " bytes in all)");
        }
        return in.getInt();
    }

    private static void checkLength(ByteBuffer in, long expected, String name, String what) throws DataException {
        if (in.remaining() < expected) {
            throw new DataException(name + ": truncated: " + what + " need " + expected + " bytes of data, found "
                    + in.remaining());
        }
        if (in.remaining() > expected) {
            throw new DataException(name + ": " + (in.remaining() - expected) + " unexpected bytes after "
                    + what + " (the header's count disagrees with the file's size)");
        }
    }

    /** The whole file, un-gzipped when it starts with the gzip signature (whatever its name). */
    private static byte[] readAll(Path file) throws DataException {
        String name = file.getFileName().toString();
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (raw.length < 2 || (raw[0] & 0xFF) != 0x1F || (raw[1] & 0xFF) != 0x8B) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 4);
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DataException(name + ": damaged gzip data (" + e.getMessage() + ")", e);
        }
    }
}
