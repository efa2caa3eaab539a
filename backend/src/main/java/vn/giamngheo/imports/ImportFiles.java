package vn.giamngheo.imports;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import vn.giamngheo.common.problem.BadRequestException;
import vn.giamngheo.imports.ImportCodes.FileFormat;

/**
 * Reads the rows of an uploaded file one at a time, never the whole file in memory: the first visible sheet of an
 * XLSX workbook (streamed by fastexcel-reader) or a CSV file (UTF-8, with or without a byte order mark, comma or
 * semicolon separated, quoted fields as RFC 4180). Empty rows are skipped; each row keeps its number in the file,
 * so that an issue points at the row the officer sees.
 */
public final class ImportFiles {

    /** Cells beyond this are not read; longer cell texts are cut (the column checks then refuse them). */
    static final int MAX_COLUMNS = 200;
    static final int MAX_CELL = 2_000;

    public record FileRow(int number, List<String> cells) {
    }

    /** What reading the file met: a file that is not what it claims, or cannot be read at all. */
    public static final class UnreadableFileException extends IOException {
        public final String code;

        UnreadableFileException(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    public interface RowSink {
        void accept(FileRow row) throws IOException;
    }

    private ImportFiles() {
    }

    /** The format of an upload, from its first bytes (an XLSX file is a ZIP archive) and its name. */
    public static FileFormat detect(Path file, String fileName) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && ReadableWorkbook.isOOXMLZipHeader(head)) {
            return FileFormat.XLSX;
        }
        if (n >= 8 && ReadableWorkbook.isOLE2Header(head)) {
            throw new BadRequestException("import.xls_unsupported",
                    "The file is an old Excel 97–2003 workbook (.xls); save it as .xlsx (Excel Workbook) or CSV");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            throw new BadRequestException("import.unreadable_file", "The file is named .xlsx but is not an Excel workbook");
        }
        return FileFormat.CSV;
    }

    /** Calls the sink with each non-empty row, in file order, the header row first. */
    public static void read(Path file, FileFormat format, RowSink sink) throws IOException {
        if (format == FileFormat.XLSX) {
            readXlsx(file.toFile(), sink);
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                readCsv(in, sink);
            }
        }
    }

    private static void readXlsx(File file, RowSink sink) throws IOException {
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(file);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("import.unreadable_file", "The Excel workbook cannot be read");
        }
        try (workbook) {
            Sheet sheet = workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst()
                    .orElseThrow(() -> new UnreadableFileException("import.empty_file", "The workbook has no visible sheet"));
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                while (true) {
                    Row row;
                    try {
                        if (!it.hasNext()) {
                            break;
                        }
                        row = it.next();
                    } catch (RuntimeException e) {
                        throw new UnreadableFileException("import.unreadable_file", "The Excel sheet cannot be read");
                    }
                    int count = Math.min(row.getCellCount(), MAX_COLUMNS);
                    List<String> cells = new ArrayList<>(count);
                    boolean any = false;
                    for (int i = 0; i < count; i++) {
                        String text = text(row.getCell(i));
                        any |= text != null;
                        cells.add(text);
                    }
                    if (any) {
                        sink.accept(new FileRow(row.getRowNum(), trimTrailing(cells)));
                    }
                }
            }
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        String text;
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            text = n.stripTrailingZeros().toPlainString();
        } else if (cell.getType() == CellType.BOOLEAN) {
            text = Boolean.TRUE.equals(cell.asBoolean()) ? ImportColumns.YES : ImportColumns.NO;
        } else if (cell.getType() == CellType.ERROR) {
            text = cell.getRawValue();
        } else {
            text = cell.getText();
        }
        return cut(text);
    }

    private static String cut(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text;
    }

    private static List<String> trimTrailing(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1) == null) {
            end--;
        }
        return end == cells.size() ? cells : new ArrayList<>(cells.subList(0, end));
    }

    /** A streaming CSV reader: the separator (comma or semicolon) is the one the header line uses most. */
    static void readCsv(InputStream raw, RowSink sink) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 3);
        byte[] bom = new byte[3];
        int n = in.readNBytes(bom, 0, 3);
        if (!(n == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) && n > 0) {
            in.unread(bom, 0, n);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        try {
            reader.mark(1 << 16);
            char separator = separator(reader);
            reader.reset();
            int line = 1;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            int startLine = 1;
            int c;
            while ((c = reader.read()) != -1) {
                if (quoted) {
                    if (c == '"') {
                        reader.mark(1);
                        int next = reader.read();
                        if (next == '"') {
                            append(cell, '"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                reader.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        append(cell, (char) c);
                    }
                } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == separator) {
                    addCell(cells, cell);
                    wasQuoted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        reader.mark(1);
                        if (reader.read() != '\n') {
                            reader.reset();
                        }
                    }
                    addCell(cells, cell);
                    wasQuoted = false;
                    emit(sink, startLine, cells);
                    cells = new ArrayList<>();
                    line++;
                    startLine = line;
                } else {
                    append(cell, (char) c);
                }
            }
            if (quoted) {
                throw new UnreadableFileException("import.unreadable_file",
                        "The CSV file ends inside a quoted field (a \" is not closed), from line " + startLine);
            }
            if (!cell.isEmpty() || !cells.isEmpty()) {
                addCell(cells, cell);
                emit(sink, startLine, cells);
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("import.encoding",
                    "The CSV file is not UTF-8 text; save it from Excel as \"CSV UTF-8 (Comma delimited)\"");
        }
    }

    private static char separator(BufferedReader reader) throws IOException {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        int c;
        int read = 0;
        while ((c = reader.read()) != -1 && c != '\n' && read++ < 60_000) {
            if (c == ',') {
                commas++;
            } else if (c == ';') {
                semicolons++;
            } else if (c == '\t') {
                tabs++;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    private static void append(StringBuilder cell, char c) {
        if (cell.length() < MAX_CELL) {
            cell.append(c);
        }
    }

    private static void addCell(List<String> cells, StringBuilder cell) {
        if (cells.size() < MAX_COLUMNS) {
            cells.add(cut(cell.toString()));
        }
        cell.setLength(0);
    }

    private static void emit(RowSink sink, int line, List<String> cells) throws IOException {
        if (cells.stream().anyMatch(x -> x != null)) {
            sink.accept(new FileRow(line, trimTrailing(cells)));
        }
    }
}
