package app.convene.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.shared.csv.Csv;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsSemicolonsQuotesLineBreaksAndAByteOrderMark() {
        byte[] file = ("\uFEFFname;note\r\n\"López; Ana\";\"two\nlines\"\r\n\r\nBo;\"say \"\"hi\"\"\"\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Csv.read(file)).containsExactly(List.of("name", "note"), List.of("López; Ana", "two\nlines"),
                List.of("Bo", "say \"hi\""));
    }

    @Test
    void refusesWhatItCannotReadWithAReason() {
        assertThatThrownBy(() -> Csv.read(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOfSatisfying(Csv.CsvException.class, e -> assertThat(e.reason()).isEqualTo("notUtf8"));
        assertThatThrownBy(() -> Csv.read("a,b\n\"open,x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Csv.CsvException.class, e -> assertThat(e.reason()).isEqualTo("unclosedQuote"));
        assertThatThrownBy(() -> Csv.read(new byte[Csv.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(Csv.CsvException.class, e -> assertThat(e.reason()).isEqualTo("tooLarge"));
    }

    @Test
    void writesWhatSpreadsheetsOpenAndNeverAFormula() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Csv.CsvWriter csv = Csv.writer(out)) {
            csv.row(List.of("name", "note")).row(List.of("López, Ana", "=HYPERLINK(\"http://evil\")"));
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).isEqualTo("name,note\r\n\"López, Ana\",\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n");
        assertThat(Csv.read(bytes).get(1)).containsExactly("López, Ana", "'=HYPERLINK(\"http://evil\")");
    }
}
