package org.layerlab.engine.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void goodFileLoadsWithStringLabelsMappedToSortedClasses() throws Exception {
        Path file = write("iris.csv", """
                sepal_length,sepal_width,petal_length,petal_width,species
                5.1,3.5,1.4,0.2,setosa
                7.0,3.2,4.7,1.4,versicolor

                6.3,3.3,6.0,2.5,virginica
                4.9,3.0,1.4,0.2,setosa
                """);
        Dataset d = CsvLoader.load(file, null, false);
        assertThat(d.name()).isEqualTo("iris.csv");
        assertThat(d.size()).isEqualTo(4);
        assertThat(d.featureNames()).containsExactly("sepal_length", "sepal_width", "petal_length", "petal_width");
        assertThat(d.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(d.labels()).containsExactly(0, 1, 2, 0);
        assertThat(d.features()[1]).containsExactly(7.0f, 3.2f, 4.7f, 1.4f);
        assertThat(CsvLoader.columns(file)).containsExactly("sepal_length", "sepal_width", "petal_length",
                "petal_width", "species");
    }

    @Test
    void integerLabelsAreOrderedByValueAndTextLabelsNaturally() throws Exception {
        Dataset numbers = CsvLoader.load(write("n.csv", "a,y\n1,10\n2,2\n3,1\n4,2\n"), "y", false);
        assertThat(numbers.classNames()).containsExactly("1", "2", "10");
        assertThat(numbers.labels()).containsExactly(2, 1, 0, 1);
        Dataset text = CsvLoader.load(write("t.csv", "a,y\n1,class 10\n2,class 2\n3,Class 1\n"), "y", false);
        assertThat(text.classNames()).containsExactly("Class 1", "class 2", "class 10");
    }

    @Test
    void labelColumnChosenByNameMayBeAnyColumnAndMatchesIgnoringCase() throws Exception {
        Dataset d = CsvLoader.load(write("m.csv", "Label,x1,x2\nyes,1,2\nno,3,4\n"), "label", false);
        assertThat(d.featureNames()).containsExactly("x1", "x2");
        assertThat(d.classNames()).containsExactly("no", "yes");
        assertThat(d.features()[0]).containsExactly(1f, 2f);
        assertThat(d.labels()).containsExactly(1, 0);
    }

    @Test
    void regressionReadsANumericTarget() throws Exception {
        Dataset d = CsvLoader.load(write("r.csv", "x,price\n1,10.5\n2,-3e2\n"), "price", true);
        assertThat(d.isClassification()).isFalse();
        assertThat(d.targets()).containsExactly(10.5f, -300f);
        assertThat(d.featureNames()).containsExactly("x");
    }

    @Test
    void semicolonsDecimalCommasQuotesBomAndCrlfAreUnderstood() throws Exception {
        // A spreadsheet saved in Portuguese on Windows: ';', decimal comma, Windows-1252.
        Path file = dir.resolve("pt.csv");
        String text = "altura;\"peso; kg\";classe\r\n1,75;70,5;\"sim\"\r\n1,60;55;não\r\n";
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));
        Dataset d = CsvLoader.load(file, null, false);
        assertThat(d.featureNames()).containsExactly("altura", "peso; kg");
        assertThat(d.features()[0]).containsExactly(1.75f, 70.5f);
        assertThat(d.classNames()).containsExactly("não", "sim");
        // UTF-8 with a byte-order mark, tab-separated.
        Path tabs = dir.resolve("tabs.tsv");
        Files.writeString(tabs, "\uFEFFx\ty\n0.5\tsí\n2\tno\n", StandardCharsets.UTF_8);
        Dataset t = CsvLoader.load(tabs, null, false);
        assertThat(t.featureNames()).containsExactly("x");
        assertThat(t.classNames()).containsExactly("no", "sí");
    }

    @Test
    void notANumberNamesFileLineColumnAndValue() throws Exception {
        Path file = write("iris.csv", """
                sepal_length,sepal_width,petal_length,petal_width,species
                5.1,3.5,1.4,0.2,setosa
                4.9,3.0,1.4,0.2,setosa
                4.7,3.2,1.3,0.2,setosa
                4.6,3.1,1.5,0.2,setosa
                5.0,3.6,1.4,0.2,setosa
                5.4,3.9,1.7,abc,setosa
                7.0,3.2,4.7,1.4,versicolor
                """);
        assertThatThrownBy(() -> CsvLoader.load(file, "species", false))
                .isInstanceOf(DataException.class)
                .hasMessage("iris.csv line 7: column 'petal_width' is not a number: 'abc'");
    }

    @Test
    void raggedRowsEmptyCellsAndNonFiniteValuesAreEachReportedWithTheirLine() throws Exception {
        Path file = write("bad.csv", "x1,x2,y\n1,2,a\n1,2\n1,,b\n1,NaN,a\n1,1e999,b\n\"open,2,a\n");
        assertThatThrownBy(() -> CsvLoader.load(file, null, false))
                .hasMessage("""
                        bad.csv line 3: expected 3 values like the header, found 2
                        bad.csv line 4: column 'x2' is empty
                        bad.csv line 5: column 'x2' is not a number: 'NaN'
                        bad.csv line 6: column 'x2' is too large for a float: '1e999'
                        bad.csv line 7: a quoted value is not closed""");
    }

    @Test
    void atMostFiveBadLinesAreQuotedAndTheRestCounted() throws Exception {
        StringBuilder text = new StringBuilder("x,y\n");
        for (int i = 0; i < 8; i++) {
            text.append("oops").append(i).append(",a\n");
        }
        text.append("1,b\n");
        assertThatThrownBy(() -> CsvLoader.load(write("many.csv", text.toString()), null, false))
                .hasMessageStartingWith("many.csv line 2: column 'x' is not a number: 'oops0'\n")
                .hasMessageContaining("many.csv line 6: column 'x' is not a number: 'oops4'")
                .hasMessageNotContaining("oops5")
                .hasMessageEndingWith("... and 3 more bad lines (8 in all)");
    }

    @Test
    void regressionTargetMustBeANumber() throws Exception {
        Path file = write("r.csv", "x,price\n1,10\n2,cheap\n");
        assertThatThrownBy(() -> CsvLoader.load(file, "price", true))
                .hasMessage("r.csv line 3: column 'price' is not a number: 'cheap'");
    }

    @Test
    void emptyFilesHeaderOnlyAndMissingLabelColumnAreExplained() throws Exception {
        assertThatThrownBy(() -> CsvLoader.load(write("empty.csv", "\n  \n"), null, false))
                .hasMessage("empty.csv is empty: expected a header row of column names");
        assertThatThrownBy(() -> CsvLoader.load(write("head.csv", "a,b\n"), null, false))
                .hasMessage("head.csv has a header but no data rows");
        assertThatThrownBy(() -> CsvLoader.load(write("cols.csv", "a,b,c\n1,2,x\n"), "species", false))
                .hasMessage("cols.csv has no column 'species'; columns: a, b, c");
        assertThatThrownBy(() -> CsvLoader.load(dir.resolve("nowhere.csv"), null, false))
                .hasMessage("CSV file not found: " + dir.resolve("nowhere.csv"));
    }

    @Test
    void headerProblemsAreRefused() throws Exception {
        assertThatThrownBy(() -> CsvLoader.load(write("h1.csv", "1.5,2.5,a\n1,2,b\n"), null, false))
                .hasMessage("h1.csv line 1: the first row must name the columns, found numbers: 1.5, 2.5, a");
        assertThatThrownBy(() -> CsvLoader.load(write("h2.csv", "a,a,y\n1,2,b\n"), null, false))
                .hasMessage("h2.csv line 1: column 'a' appears twice in the header");
        assertThatThrownBy(() -> CsvLoader.load(write("h3.csv", "a,,y\n1,2,b\n"), null, false))
                .hasMessage("h3.csv line 1: column 2 of the header has no name");
        assertThatThrownBy(() -> CsvLoader.load(write("h4.csv", "label\nb\n"), null, false))
                .hasMessageContaining("the header has one column ('label')");
    }

    @Test
    void aClassifierNeedsTwoClassesAndNotAContinuousColumn() throws Exception {
        assertThatThrownBy(() -> CsvLoader.load(write("one.csv", "x,y\n1,a\n2,a\n"), null, false))
                .hasMessage("one.csv: column 'y' has only one class ('a'); a classifier needs at least 2");
        StringBuilder text = new StringBuilder("x,price\n");
        for (int i = 0; i < 150; i++) {
            text.append(i).append(',').append(i * 1.5).append('\n');
        }
        assertThatThrownBy(() -> CsvLoader.load(write("prices.csv", text.toString()), null, false))
                .hasMessageContaining("150 different values")
                .hasMessageContaining("load it for regression");
    }

    @Test
    void hexAndSuffixedNumbersAreNotAccepted() throws Exception {
        assertThatThrownBy(() -> CsvLoader.load(write("hex.csv", "x,y\n0x1p3,a\n1f,b\n"), null, false))
                .hasMessage("hex.csv line 2: column 'x' is not a number: '0x1p3'\n"
                        + "hex.csv line 3: column 'x' is not a number: '1f'");
    }
}
