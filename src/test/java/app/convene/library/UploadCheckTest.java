package app.convene.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload safety without the application: names, types from the bytes, a zip directory that claims absurd sizes. */
class UploadCheckTest {

    @TempDir
    Path dir;

    @Test
    void namesLoseFoldersControlCharactersAndExcessLength() {
        assertThat(FileNames.sanitize("C:\\Users\\x\\report.pdf")).isEqualTo("report.pdf");
        assertThat(FileNames.sanitize("../../etc/pass\u0000wd\u200b.txt")).isEqualTo("passwd.txt");
        assertThat(FileNames.sanitize("...")).isEqualTo("file");
        assertThat(FileNames.sanitize("a<b>:c?.docx")).isEqualTo("abc.docx");
        String longName = FileNames.sanitize("x".repeat(500) + ".pdf");
        assertThat(longName).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
    }

    @Test
    void typesAreToldFromTheBytes() throws IOException {
        assertThat(detect(LibraryFixture.pdf("Hello"))).isEqualTo(FileType.PDF);
        assertThat(detect(LibraryFixture.docx("Hola"))).isEqualTo(FileType.DOCX);
        assertThat(detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0})).isEqualTo(FileType.PNG);
        assertThat(detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileType.WEBP);
        assertThat(detect("Educación y empleo\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.TEXT);
        assertThat(ContentSniffer.detect(write(new byte[] {'M', 'Z', 0, 0, 3}))).isEmpty();
        assertThat(ContentSniffer.detect(write("Educación".getBytes(StandardCharsets.ISO_8859_1)))).isEmpty();
        assertThat(ContentSniffer.detect(write(zip("readme.txt", "not office")))).isEmpty();
    }

    @Test
    void anOfficeFileWhoseZipDirectoryClaimsAbsurdSizesIsRefused() throws IOException {
        byte[] bytes = LibraryFixture.docx("Small");
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int claimed = 0;
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) { // central directory header: claim 4 GB unpacked
                buffer.putInt(i + 24, 0xFFFFFFF0);
                claimed++;
            }
        }
        assertThat(claimed).isPositive();
        Path file = write(bytes);
        assertThatThrownBy(() -> ContentSniffer.detect(file)).isInstanceOf(ContentSniffer.AbsurdZipException.class);
    }

    private FileType detect(byte[] bytes) throws IOException {
        return ContentSniffer.detect(write(bytes)).orElseThrow();
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ".bin"), bytes);
    }

    private static byte[] zip(String name, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
