package app.convene.shared.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV that spreadsheets open correctly: UTF-8 with a byte-order mark, CRLF line ends, fields
 * quoted when needed (RFC 4180), and cells that a spreadsheet would run as a formula neutralised.
 * Reading accepts UTF-8 with or without the mark, comma or semicolon, quoted fields and line breaks
 * inside quotes.
 */
public final class Csv {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /** Writes the rows, header first. */
    public static CsvWriter writer(OutputStream out) {
        try {
            out.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** A writer of rows; close it to flush. */
    public static final class CsvWriter implements AutoCloseable {
        private final Writer writer;

        private CsvWriter(Writer writer) {
            this.writer = writer;
        }

        public CsvWriter row(List<String> cells) {
            try {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    writer.write(cell(cells.get(i)));
                }
                writer.write("\r\n");
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value;
        // A leading =, +, -, @, tab or CR makes spreadsheets evaluate the cell: keep it text.
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r") || safe.contains(";")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /**
     * Reads CSV bytes into rows (the header is the first row).
     *
     * @throws CsvException with a reason a person can act on
     */
    public static List<List<String>> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new CsvException("tooLarge");
        }
        int start = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2] ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvException("notUtf8");
        }
        if (text.isBlank()) {
            throw new CsvException("empty");
        }
        char delimiter = delimiterOf(text);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                addRow(rows, row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CsvException("unclosedQuote");
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            addRow(rows, row);
        }
        return rows;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        if (row.size() == 1 && row.getFirst().isBlank()) {
            return; // an empty line
        }
        if (rows.size() > MAX_ROWS) {
            throw new CsvException("tooManyRows");
        }
        rows.add(row);
    }

    /** Semicolon when the header line has more semicolons than commas (spreadsheets in many locales). */
    static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** The file cannot be read as CSV; {@link #reason()} is an i18n key suffix (csv.error.*). */
    public static class CsvException extends RuntimeException {
        private final String reason;

        public CsvException(String reason) {
            super("CSV: " + reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
