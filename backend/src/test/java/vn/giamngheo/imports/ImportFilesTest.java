package vn.giamngheo.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.imports.ImportColumns.Column;
import vn.giamngheo.imports.ImportFiles.FileRow;
import vn.giamngheo.imports.ImportFiles.UnreadableFileException;

/** Reading the cells of a file as officers' spreadsheets write them (no backend needed). */
class ImportFilesTest {

    static List<FileRow> csv(byte[] bytes) throws IOException {
        List<FileRow> rows = new ArrayList<>();
        ImportFiles.readCsv(new ByteArrayInputStream(bytes), rows::add);
        return rows;
    }

    static List<FileRow> csv(String text) throws IOException {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaksAndRowsKeepTheirLineNumbers() throws IOException {
        List<FileRow> rows = csv("\uFEFFMã xã,Họ và tên,Địa chỉ\r\n20179,\"Hồ Thị \"\"Út\"\"\",\"Thôn 3,\nKhe Tre\"\r\n"
                + ",,\r\n20179,Lê Văn Tám,\n");
        assertEquals(3, rows.size(), "the empty row is skipped");
        assertEquals(List.of("Mã xã", "Họ và tên", "Địa chỉ"), rows.get(0).cells(), "the byte order mark is not a cell");
        assertEquals(List.of("20179", "Hồ Thị \"Út\"", "Thôn 3,\nKhe Tre"), rows.get(1).cells());
        assertEquals(2, rows.get(1).number());
        assertEquals(5, rows.get(2).number(), "the row after a line break inside a field and an empty row");
        assertEquals(List.of("20179", "Lê Văn Tám"), rows.get(2).cells(), "an empty last cell is not kept");
    }

    @Test
    void aSemicolonSeparatedFileFromAVietnameseExcelIsReadToo() throws IOException {
        List<FileRow> rows = csv("Mã xã;Họ và tên;Thu nhập\n20179;Lê Thị Lan;1.500.000\n");
        assertEquals(List.of("20179", "Lê Thị Lan", "1.500.000"), rows.get(1).cells());
    }

    @Test
    void aFileThatIsNotUtf8OrEndsInsideAQuoteIsRefusedWithItsReason() {
        byte[] windows1258 = {'M', 'a', ',', 'T', '\n', '1', ',', (byte) 0xD0, (byte) 0xF2, '\n'};
        assertEquals("import.encoding", assertThrows(UnreadableFileException.class, () -> csv(windows1258)).code);
        assertEquals("import.unreadable_file",
                assertThrows(UnreadableFileException.class, () -> csv("a,b\n\"open,2\n")).code);
    }

    static Column column(String key) {
        return ImportColumns.HOUSEHOLDS.get(ImportColumns.index(key));
    }

    @Test
    void cellsAreReadLenientlyAndCheckedStrictly() {
        assertEquals(RelationToHead.CHILD_IN_LAW, ImportColumns.read(column("relation_to_head"), "con dau/con re").value());
        assertEquals(RelationToHead.HEAD, ImportColumns.read(column("relation_to_head"), "HEAD").value());
        assertEquals("import.choice", ImportColumns.read(column("relation_to_head"), "Hàng xóm").problem().code());
        assertEquals(Boolean.TRUE, ImportColumns.read(column("disabled"), "x").value());
        assertEquals(Boolean.FALSE, ImportColumns.read(column("disabled"), "không").value());
        assertEquals(LocalDate.of(1980, 3, 12), ImportColumns.read(column("birth_date"), "12/3/1980").value());
        assertEquals(LocalDate.of(2025, 9, 15), ImportColumns.read(column("birth_date"), "45915").value(),
                "an Excel date read as its serial number");
        assertEquals("import.date", ImportColumns.read(column("birth_date"), "31/02/2010").problem().code());
        assertEquals("02", ImportColumns.read(column("ethnicity"), "Tày").value());
        assertEquals("01", ImportColumns.read(column("ethnicity"), "1").value());
        assertEquals(1_500_000L, ImportColumns.read(column("monthly_income"), "1.500.000").value());
        assertEquals("import.required", ImportColumns.read(column("full_name"), "  ").problem().code());
        assertNull(ImportColumns.read(column("address"), "").value());
        assertEquals("import.control_character", ImportColumns.read(column("full_name"), "Lê\u0001Văn").problem().code());
        assertEquals("import.too_long", ImportColumns.read(column("phone"), "0".repeat(21)).problem().code());
    }

    @Test
    void headersAreFoundByTheirVietnameseTextOrTheirKeyWithOrWithoutDiacritics() {
        int[] map = ImportColumns.mapHeaders(Arrays.asList("Ho va ten", "citizen_id", "MÃ XÃ", "Ghi chú", null));
        assertEquals(ImportColumns.index("full_name"), map[0]);
        assertEquals(ImportColumns.index("citizen_id"), map[1]);
        assertEquals(ImportColumns.index("commune_code"), map[2]);
        assertEquals(-1, map[3], "a column the product does not know is kept aside");
        assertEquals(-1, map[4]);
    }
}
