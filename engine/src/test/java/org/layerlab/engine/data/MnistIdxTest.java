package org.layerlab.engine.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MnistIdxTest {

    @TempDir
    Path dir;

    @Test
    void bundledSubsetHasTheDocumentedCountsAndClassBalance() throws DataException {
        Path mnist = SampleData.mnist();
        Dataset train = MnistIdx.loadTrain(mnist);
        Dataset test = MnistIdx.loadTest(mnist);
        assertThat(train.size()).isEqualTo(8000);
        assertThat(test.size()).isEqualTo(2000);
        assertThat(classCounts(train)).containsExactly(791, 914, 791, 832, 786, 698, 795, 863, 743, 787);
        assertThat(classCounts(test)).containsExactly(210, 213, 200, 200, 194, 165, 219, 207, 201, 191);
        assertThat(train.classNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(train.featureCount()).isEqualTo(784);
        assertThat(train.featureNames()).hasSize(784).startsWith("r0c0", "r0c1").endsWith("r27c27");
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float[] image : train.features()) {
            for (float p : image) {
                min = Math.min(min, p);
                max = Math.max(max, p);
                assertThat(p).isEqualTo((float) Math.rint(p));
            }
        }
        assertThat(min).isEqualTo(0f);
        assertThat(max).isEqualTo(255f);
    }

    @Test
    void readsUncompressedAndGzippedFilesAlike() throws Exception {
        byte[] images = images(3, 2, 2, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, (byte) 255});
        Files.write(dir.resolve("plain-images"), images);
        Files.write(dir.resolve("zipped-images.gz"), gzip(images));
        MnistIdx.Images plain = MnistIdx.readImages(dir.resolve("plain-images"));
        MnistIdx.Images zipped = MnistIdx.readImages(dir.resolve("zipped-images.gz"));
        assertThat(plain.rows()).isEqualTo(2);
        assertThat(plain.columns()).isEqualTo(2);
        assertThat(plain.count()).isEqualTo(3);
        assertThat(plain.pixels()[2]).containsExactly(8f, 9f, 10f, 255f);
        assertThat(zipped.pixels()).isDeepEqualTo(plain.pixels());
    }

    @Test
    void wrongMagicNumberIsRefusedNamingTheFileAndTheValue() throws Exception {
        byte[] bad = images(1, 2, 2, new byte[4]);
        ByteBuffer.wrap(bad).putInt(0, 1234);
        Path file = dir.resolve("train-images-idx3-ubyte.gz");
        Files.write(file, gzip(bad));
        assertThatThrownBy(() -> MnistIdx.readImages(file))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("train-images-idx3-ubyte.gz: expected magic 2051, found 1234");
    }

    @Test
    void labelFileGivenAsImagesIsRecognised() throws Exception {
        Path file = dir.resolve("labels");
        Files.write(file, labels(new byte[] {1, 2}));
        assertThatThrownBy(() -> MnistIdx.readImages(file))
                .hasMessage("labels: expected magic 2051, found 2049 (this is a label file)");
    }

    @Test
    void truncatedImageFileIsRefusedWithTheSizes() throws Exception {
        byte[] full = images(2, 28, 28, new byte[2 * 784]);
        Path file = dir.resolve("cut.gz");
        Files.write(file, gzip(Arrays.copyOf(full, full.length - 100)));
        assertThatThrownBy(() -> MnistIdx.readImages(file))
                .hasMessage("cut.gz: truncated: 2 images of 28x28 need 1568 bytes of data, found 1468");
    }

    @Test
    void fileEndingInsideTheHeaderIsRefused() throws Exception {
        Path file = dir.resolve("stub");
        Files.write(file, new byte[] {0, 0, 8, 3, 0, 0});
        assertThatThrownBy(() -> MnistIdx.readImages(file))
                .hasMessage("stub: file ends in the header, before the image count (6 bytes in all)");
    }

    @Test
    void truncatedGzipStreamIsRefused() throws Exception {
        byte[] zipped = gzip(images(50, 28, 28, new byte[50 * 784]));
        Path file = dir.resolve("broken.gz");
        Files.write(file, Arrays.copyOf(zipped, zipped.length / 2));
        assertThatThrownBy(() -> MnistIdx.readImages(file)).hasMessageStartingWith("broken.gz: damaged gzip data");
    }

    @Test
    void labelOutsideZeroToNineAndCountMismatchAreRefused() throws Exception {
        Path bad = dir.resolve("bad-labels");
        Files.write(bad, labels(new byte[] {3, 12}));
        assertThatThrownBy(() -> MnistIdx.readLabels(bad)).hasMessage("bad-labels: label 1 must be a digit 0..9, found 12");

        Path img = dir.resolve("img");
        Path lab = dir.resolve("lab");
        Files.write(img, images(3, 1, 1, new byte[] {1, 2, 3}));
        Files.write(lab, labels(new byte[] {1, 2}));
        assertThatThrownBy(() -> MnistIdx.load(img, lab, "x")).hasMessage("img has 3 images but lab has 2 labels");
    }

    @Test
    void impossibleDimensionsAreRefused() throws Exception {
        Path file = dir.resolve("huge");
        Files.write(file, images(1, 0, 28, new byte[0]));
        assertThatThrownBy(() -> MnistIdx.readImages(file))
                .hasMessage("huge: image size must be 1..4096 pixels a side, found 0x28");
    }

    @Test
    void missingFilesAreListedWithTheFolder() throws Exception {
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), gzip(images(1, 1, 1, new byte[1])));
        Files.write(dir.resolve("train-labels-idx1-ubyte"), labels(new byte[] {1}));
        assertThatThrownBy(() -> MnistIdx.checkFolder(dir))
                .hasMessage("MNIST files not found in " + dir
                        + ": expected t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz (gzipped or not)");
        // The two that are there load, one gzipped and one not.
        Dataset train = MnistIdx.loadTrain(dir);
        assertThat(train.size()).isEqualTo(1);
        assertThat(train.labels()).containsExactly(1);
    }

    static int[] classCounts(Dataset d) {
        int[] counts = new int[d.classCount()];
        for (int l : d.labels()) {
            counts[l]++;
        }
        return counts;
    }

    static byte[] images(int count, int rows, int columns, byte[] pixels) {
        ByteBuffer b = ByteBuffer.allocate(16 + pixels.length);
        b.putInt(MnistIdx.IMAGES_MAGIC).putInt(count).putInt(rows).putInt(columns).put(pixels);
        return b.array();
    }

    static byte[] labels(byte[] labels) {
        ByteBuffer b = ByteBuffer.allocate(8 + labels.length);
        b.putInt(MnistIdx.LABELS_MAGIC).putInt(labels.length).put(labels);
        return b.array();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }
}
