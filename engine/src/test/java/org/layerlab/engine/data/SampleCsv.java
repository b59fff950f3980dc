package org.layerlab.engine.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code sample-data/csv/two-scales.csv}: three gaussian blobs from {@link BlobsGenerator} (300 points,
 * noise 1.0, seed 7) whose second coordinate is stretched to another unit ({@code 100 * x2 + 500}), so that
 * normalization visibly matters, with text labels. Run {@code main} to regenerate it; {@link SampleCsvTest}
 * checks the bundled file still matches.
 */
final class SampleCsv {

    static final String FILE = "csv/two-scales.csv";
    static final List<String> COLORS = List.of("red", "green", "blue");

    private SampleCsv() {
    }

    static String render() {
        Dataset blobs = new BlobsGenerator(3).generate(300, 1.0, 7);
        StringBuilder csv = new StringBuilder("small_scale,large_scale,color\n");
        for (int i = 0; i < blobs.size(); i++) {
            float[] p = blobs.features()[i];
            csv.append(String.format(Locale.ROOT, "%.3f,%.1f,%s%n", p[0], 100.0 * p[1] + 500, COLORS.get(blobs.labels()[i])));
        }
        return csv.toString().replace(System.lineSeparator(), "\n");
    }

    public static void main(String[] args) throws IOException {
        Path file = SampleData.resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, render(), StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }
}
