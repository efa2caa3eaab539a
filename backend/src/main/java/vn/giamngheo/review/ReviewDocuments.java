package vn.giamngheo.review;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.area.Village;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.classification.model.Facts.Sex;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdMember;
import vn.giamngheo.review.ReviewCodes.CampaignKind;
import vn.giamngheo.review.ReviewCodes.CampaignStatus;
import vn.giamngheo.review.ReviewCodes.ItemState;
import vn.giamngheo.review.ReviewCodes.Transition;
import vn.giamngheo.review.ReviewViews.ReviewItemView;

/**
 * The review's paper: the posting list of a village (niêm yết, PDF and XLSX), the chairman's decision
 * with its annex (Mẫu 02) and the household certificate (Mẫu 03). The PDFs embed DejaVu Serif, which
 * carries every Vietnamese letter, so names print with their diacritics on any reader.
 */
@ApplicationScoped
public class ReviewDocuments {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The households a posting list shows: confirmed by their meeting, posted, re-checked or decided. */
    static final Set<ItemState> POSTABLE = EnumSet.of(ItemState.MEETING_PASSED, ItemState.POSTED,
            ItemState.UNDER_RECHECK, ItemState.DECIDED);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final BaseFont REGULAR = font("fonts/DejaVuSerif.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSerif-Bold.ttf");
    private static final BaseFont ITALIC = font("fonts/DejaVuSerif-Italic.ttf");

    @Inject
    AppClock clock;

    @Inject
    ReviewService reviews;

    @Inject
    ReviewQueries queries;

    // ------------------------------------------------------------------ HTTP helpers

    /** The media type of an uploaded file, from its first bytes: PDF, JPEG or PNG. */
    public static String mediaTypeOf(byte[] bytes) {
        if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
            return PDF;
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes == null || bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ the posting list

    /** The lines of a posting list: one village's (or, without a village, every village's) households. */
    record PostingList(ReviewCampaign campaign, String communeName, String provinceName, String villageName,
            List<ReviewItemView> items) {
    }

    @Transactional
    PostingList postingList(UUID campaignId, UUID villageId) {
        ReviewCampaign c = reviews.visible(campaignId);
        String villageName = null;
        if (villageId != null) {
            Village v = Village.findById(villageId);
            if (v == null || !c.communeCode.equals(v.communeCode)) {
                throw new vn.giamngheo.common.problem.NotFoundException("village", villageId);
            }
            villageName = v.name;
        }
        List<ReviewItem> items = ReviewItem.list("campaignId = ?1 and state in ?2", c.id, POSTABLE);
        Predicate<ReviewItem> inVillage = i -> villageId == null || villageId.equals(i.villageId);
        List<ReviewItemView> views = queries.itemViews(items.stream().filter(inVillage).toList()).stream()
                .sorted(Comparator.comparing((ReviewItemView v) -> v.villageName() == null ? "" : v.villageName())
                        .thenComparing(ReviewItemView::householdCode))
                .toList();
        return new PostingList(c, unitName(c.communeCode), unitName(c.provinceCode), villageName, views);
    }

    private static final String[] POSTING_HEADERS = {"STT", "Mã hộ", "Họ và tên chủ hộ", "Thôn", "Trước rà soát",
        "Kết quả rà soát", "Chỉ số thiếu hụt", "Ghi chú"};

    /** The posting list as a PDF, landscape A4. */
    public byte[] postingListPdf(UUID campaignId, UUID villageId) {
        PostingList list = postingList(campaignId, villageId);
        return pdf(PageSize.A4.rotate(), doc -> {
            doc.add(header(list.communeName(), null, list.communeName(), clock.today()));
            doc.add(centered("DANH SÁCH NIÊM YẾT KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO", BOLD, 13, 12));
            doc.add(centered(periodLabel(list.campaign()) + " — " + placeLabel(list), ITALIC, 11, 2));
            PdfPTable table = new PdfPTable(new float[] {5, 12, 21, 14, 12, 12, 16, 10});
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            table.setHeaderRows(1);
            for (String h : POSTING_HEADERS) {
                table.addCell(headCell(h));
            }
            int n = 0;
            for (ReviewItemView v : list.items()) {
                table.addCell(cell(String.valueOf(++n), Element.ALIGN_CENTER));
                table.addCell(cell(v.householdCode(), Element.ALIGN_LEFT));
                table.addCell(cell(v.headName(), Element.ALIGN_LEFT));
                table.addCell(cell(v.villageName(), Element.ALIGN_LEFT));
                table.addCell(cell(classLabel(v.previousClass()), Element.ALIGN_LEFT));
                table.addCell(cell(classLabel(result(v)), Element.ALIGN_LEFT));
                table.addCell(cell(deprived(v), Element.ALIGN_LEFT));
                table.addCell(cell(postingNote(v), Element.ALIGN_LEFT));
            }
            if (list.items().isEmpty()) {
                PdfPCell none = cell("Chưa có hộ nào được họp thôn thông qua.", Element.ALIGN_CENTER);
                none.setColspan(POSTING_HEADERS.length);
                table.addCell(none);
            }
            doc.add(table);
            doc.add(paragraph("Tổng số: " + list.items().size() + " hộ. Thời gian niêm yết "
                    + list.campaign().postingDays + " ngày làm việc; mọi ý kiến, khiếu nại gửi về Ủy ban nhân dân "
                    + list.communeName() + ".", REGULAR, 10, 8));
            doc.add(signatures("NGƯỜI LẬP BIỂU", "TRƯỞNG THÔN", "TM. ỦY BAN NHÂN DÂN"));
        });
    }

    /** The posting list as a spreadsheet: a title block, then one line per household. */
    public byte[] postingListXlsx(UUID campaignId, UUID villageId) {
        PostingList list = postingList(campaignId, villageId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "GiamNgheo", "1.0");
            Worksheet ws = wb.newWorksheet("Niêm yết");
            ws.value(0, 0, "ỦY BAN NHÂN DÂN " + list.communeName().toUpperCase(Locale.forLanguageTag("vi")));
            ws.style(0, 0).bold().set();
            ws.value(1, 0, "DANH SÁCH NIÊM YẾT KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO");
            ws.range(1, 0, 1, POSTING_HEADERS.length - 1).merge();
            ws.style(1, 0).bold().fontSize(13).horizontalAlignment("center").set();
            ws.value(2, 0, periodLabel(list.campaign()) + " — " + placeLabel(list));
            ws.range(2, 0, 2, POSTING_HEADERS.length - 1).merge();
            ws.style(2, 0).italic().horizontalAlignment("center").set();
            int headerRow = 4;
            for (int c = 0; c < POSTING_HEADERS.length; c++) {
                ws.value(headerRow, c, POSTING_HEADERS[c]);
            }
            ws.range(headerRow, 0, headerRow, POSTING_HEADERS.length - 1).style().bold().wrapText(true)
                    .horizontalAlignment("center").fillColor("D9E1F2").borderStyle(BorderStyle.THIN).set();
            int row = headerRow;
            int n = 0;
            for (ReviewItemView v : list.items()) {
                row++;
                ws.value(row, 0, ++n);
                ws.value(row, 1, v.householdCode());
                ws.value(row, 2, v.headName());
                ws.value(row, 3, v.villageName());
                ws.value(row, 4, classLabel(v.previousClass()));
                ws.value(row, 5, classLabel(result(v)));
                ws.value(row, 6, deprived(v));
                ws.value(row, 7, postingNote(v));
            }
            if (row > headerRow) {
                ws.range(headerRow + 1, 0, row, POSTING_HEADERS.length - 1).style().borderStyle(BorderStyle.THIN)
                        .wrapText(true).set();
            }
            ws.value(row + 2, 0, "Tổng số: " + list.items().size() + " hộ");
            double[] widths = {6, 16, 28, 18, 18, 18, 30, 18};
            for (int c = 0; c < widths.length; c++) {
                ws.width(c, widths[c]);
            }
            ws.freezePane(0, headerRow + 1);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ the decision (Mẫu 02)

    /**
     * The chairman's decision recognising the results, with the annex listing poor, near-poor and
     * escaped households. Before the decision it prints as a draft (DỰ THẢO) for the chairman to read.
     */
    @Transactional
    public byte[] decisionPdf(UUID campaignId) {
        ReviewCampaign c = reviews.visible(campaignId);
        String commune = unitName(c.communeCode);
        String province = unitName(c.provinceCode);
        List<ReviewItemView> all = queries.itemViews(ReviewItem.list("campaignId", c.id)).stream()
                .sorted(Comparator.comparing((ReviewItemView v) -> v.villageName() == null ? "" : v.villageName())
                        .thenComparing(ReviewItemView::householdCode))
                .toList();
        boolean decided = c.status == CampaignStatus.DECIDED;
        List<ReviewItemView> poor = all.stream().filter(v -> result(v) == HouseholdClass.POOR && counted(v)).toList();
        List<ReviewItemView> nearPoor = all.stream()
                .filter(v -> result(v) == HouseholdClass.NEAR_POOR && counted(v)).toList();
        List<ReviewItemView> escapedPoverty = all.stream().filter(v -> counted(v)
                && v.previousClass() == HouseholdClass.POOR && result(v) != null
                && result(v) != HouseholdClass.POOR).toList();
        List<ReviewItemView> escapedNearPoverty = all.stream().filter(v -> counted(v)
                && v.previousClass() == HouseholdClass.NEAR_POOR && result(v) != null
                && result(v) != HouseholdClass.POOR && result(v) != HouseholdClass.NEAR_POOR).toList();
        String year = String.valueOf(c.year);
        return pdf(PageSize.A4, doc -> {
            doc.add(header(commune, decided ? c.decisionNumber : "……/QĐ-UBND", commune, decided ? c.decisionOn : null));
            if (!decided) {
                doc.add(centered("DỰ THẢO", BOLD, 11, 6));
            }
            doc.add(centered("QUYẾT ĐỊNH", BOLD, 14, 14));
            doc.add(centered("Về việc công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo, hộ thoát cận nghèo "
                    + periodLabel(c).toLowerCase(Locale.forLanguageTag("vi")), BOLD, 12, 2));
            doc.add(centered("CHỦ TỊCH ỦY BAN NHÂN DÂN " + commune.toUpperCase(Locale.forLanguageTag("vi")), BOLD, 12, 14));
            for (String basis : List.of(
                    "Căn cứ Luật Tổ chức chính quyền địa phương;",
                    "Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27 tháng 01 năm 2021 của Chính phủ quy định chuẩn nghèo "
                            + "đa chiều giai đoạn 2022 – 2025;",
                    "Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16 tháng 7 năm 2021 của Thủ tướng Chính phủ quy định "
                            + "quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm và quy trình xác định hộ làm nông "
                            + "nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình;",
                    "Căn cứ kết quả rà soát hộ nghèo, hộ cận nghèo " + periodLabel(c).toLowerCase(Locale.forLanguageTag("vi"))
                            + " trên địa bàn" + (c.opinionText == null ? ";" : " và ý kiến của cấp trên ngày "
                            + format(c.opinionOn) + ";"),
                    "Theo đề nghị của công chức phụ trách công tác giảm nghèo.")) {
                doc.add(paragraph(basis, ITALIC, 11, 3));
            }
            doc.add(centered("QUYẾT ĐỊNH:", BOLD, 12, 10));
            doc.add(article("Điều 1. ", "Công nhận kết quả rà soát hộ nghèo, hộ cận nghèo " + periodLabel(c)
                    .toLowerCase(Locale.forLanguageTag("vi")) + " của " + commune + ", " + province + ":"));
            doc.add(paragraph("– Hộ nghèo: " + poor.size() + " hộ;", REGULAR, 11, 2));
            doc.add(paragraph("– Hộ cận nghèo: " + nearPoor.size() + " hộ;", REGULAR, 11, 2));
            doc.add(paragraph("– Hộ thoát nghèo: " + escapedPoverty.size() + " hộ;", REGULAR, 11, 2));
            doc.add(paragraph("– Hộ thoát cận nghèo: " + escapedNearPoverty.size() + " hộ.", REGULAR, 11, 2));
            doc.add(paragraph("(Có danh sách kèm theo)", ITALIC, 11, 2));
            doc.add(article("Điều 2. ", "Quyết định này có hiệu lực kể từ ngày ký. Hộ nghèo, hộ cận nghèo có tên "
                    + "trong danh sách được cấp Giấy chứng nhận và hưởng các chính sách theo quy định."));
            doc.add(article("Điều 3. ", "Văn phòng Ủy ban nhân dân, công chức phụ trách công tác giảm nghèo, trưởng "
                    + "các thôn và các hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."));
            doc.add(signatures("Nơi nhận:\n– Như Điều 3;\n– Cấp trên (báo cáo);\n– Lưu: VT.", null,
                    "CHỦ TỊCH\n(Ký, ghi rõ họ tên, đóng dấu)"));

            doc.newPage();
            doc.add(centered("DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO, HỘ THOÁT NGHÈO, HỘ THOÁT CẬN NGHÈO", BOLD, 12, 0));
            doc.add(centered("(Kèm theo Quyết định số " + (decided ? c.decisionNumber : "……/QĐ-UBND") + " ngày "
                    + (decided ? format(c.decisionOn) : "……") + " của Chủ tịch Ủy ban nhân dân " + commune + ")",
                    ITALIC, 10, 2));
            annex(doc, "I. HỘ NGHÈO NĂM " + year, poor);
            annex(doc, "II. HỘ CẬN NGHÈO NĂM " + year, nearPoor);
            annex(doc, "III. HỘ THOÁT NGHÈO NĂM " + year, escapedPoverty);
            annex(doc, "IV. HỘ THOÁT CẬN NGHÈO NĂM " + year, escapedNearPoverty);
        });
    }

    private static boolean counted(ReviewItemView v) {
        return v.state() != ItemState.EXCLUDED && v.state() != ItemState.SCREENED_OUT;
    }

    private static void annex(Document doc, String title, List<ReviewItemView> rows) {
        doc.add(paragraph(title, BOLD, 11, 10));
        PdfPTable table = new PdfPTable(new float[] {7, 15, 28, 18, 32});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String h : new String[] {"STT", "Mã hộ", "Họ và tên chủ hộ", "Thôn", "Chỉ số thiếu hụt / ghi chú"}) {
            table.addCell(headCell(h));
        }
        int n = 0;
        for (ReviewItemView v : rows) {
            table.addCell(cell(String.valueOf(++n), Element.ALIGN_CENTER));
            table.addCell(cell(v.householdCode(), Element.ALIGN_LEFT));
            table.addCell(cell(v.headName(), Element.ALIGN_LEFT));
            table.addCell(cell(v.villageName(), Element.ALIGN_LEFT));
            String note = v.transition() == Transition.POOR_TO_NEAR_POOR ? "Chuyển sang hộ cận nghèo" : deprived(v);
            table.addCell(cell(note, Element.ALIGN_LEFT));
        }
        if (rows.isEmpty()) {
            PdfPCell none = cell("Không có hộ nào.", Element.ALIGN_CENTER);
            none.setColspan(5);
            table.addCell(none);
        }
        doc.add(table);
    }

    // ------------------------------------------------------------------ the certificate (Mẫu 03)

    /** The certificate of a decided poor or near-poor household, with its members and the yearly boxes. */
    @Transactional
    public byte[] certificatePdf(UUID campaignId, UUID itemId) {
        ReviewCampaign c = reviews.visible(campaignId);
        ReviewItemView v = queries.item(c.id, itemId);
        if (v.state() != ItemState.DECIDED
                || (v.finalClass() != HouseholdClass.POOR && v.finalClass() != HouseholdClass.NEAR_POOR)) {
            throw new BusinessRuleException("review.certificate_unavailable", "Household " + v.householdCode()
                    + " has no certificate: only households the chairman decided poor or near-poor get one");
        }
        Household h = Household.findById(v.householdId());
        List<HouseholdMember> members = HouseholdMember.activeOf(h.id);
        String commune = unitName(c.communeCode);
        String province = unitName(c.provinceCode);
        String kind = v.finalClass() == HouseholdClass.POOR ? "HỘ NGHÈO" : "HỘ CẬN NGHÈO";
        return pdf(PageSize.A4, doc -> {
            doc.add(header(commune, v.householdCode() + "/GCN-UBND", commune, c.decisionOn));
            doc.add(centered("GIẤY CHỨNG NHẬN", BOLD, 16, 16));
            doc.add(centered("HỘ NGHÈO, HỘ CẬN NGHÈO", BOLD, 13, 2));
            doc.add(centered("(Mẫu số 03)", ITALIC, 10, 2));
            doc.add(paragraph("Chủ tịch Ủy ban nhân dân " + commune + " chứng nhận:", REGULAR, 12, 14));
            doc.add(field("Hộ gia đình ông/bà: ", v.headName()));
            doc.add(field("Mã hộ: ", v.householdCode()));
            String address = address(h.address, v.villageName(), commune, province);
            doc.add(field("Địa chỉ: ", address));
            doc.add(field("Là: ", kind + " năm " + c.year));
            doc.add(field("Theo Quyết định số: ", c.decisionNumber + " ngày " + format(c.decisionOn)
                    + " của Chủ tịch Ủy ban nhân dân " + commune + "."));
            doc.add(paragraph("Danh sách thành viên của hộ:", BOLD, 12, 10));
            PdfPTable table = new PdfPTable(new float[] {7, 31, 18, 10, 10, 24});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setHeaderRows(1);
            for (String head : new String[] {"STT", "Họ và tên", "Quan hệ với chủ hộ", "Năm sinh", "Giới tính",
                "Số định danh cá nhân"}) {
                table.addCell(headCell(head));
            }
            int n = 0;
            for (HouseholdMember m : members) {
                table.addCell(cell(String.valueOf(++n), Element.ALIGN_CENTER));
                table.addCell(cell(m.fullName, Element.ALIGN_LEFT));
                table.addCell(cell(relation(m.relationToHead), Element.ALIGN_LEFT));
                table.addCell(cell(m.birthDate == null ? "" : String.valueOf(m.birthDate.getYear()), Element.ALIGN_CENTER));
                table.addCell(cell(m.sex == Sex.FEMALE ? "Nữ" : m.sex == Sex.MALE ? "Nam" : "", Element.ALIGN_CENTER));
                table.addCell(cell(m.citizenId, Element.ALIGN_LEFT));
            }
            doc.add(table);
            doc.add(signatures(null, null, "CHỦ TỊCH\n(Ký, ghi rõ họ tên, đóng dấu)"));

            doc.add(paragraph("XÁC NHẬN HẰNG NĂM CỦA ỦY BAN NHÂN DÂN " + commune.toUpperCase(Locale.forLanguageTag("vi")),
                    BOLD, 11, 24));
            PdfPTable boxes = new PdfPTable(5);
            boxes.setWidthPercentage(100);
            boxes.setSpacingBefore(4);
            for (int y = c.year; y < c.year + 5; y++) {
                boxes.addCell(headCell("Năm " + y));
            }
            for (int y = c.year; y < c.year + 5; y++) {
                PdfPCell box = cell(y == c.year ? kind.charAt(0) + kind.substring(1).toLowerCase(Locale.forLanguageTag("vi"))
                        : "", Element.ALIGN_CENTER);
                box.setMinimumHeight(70);
                boxes.addCell(box);
            }
            doc.add(boxes);
        });
    }

    // ------------------------------------------------------------------ building blocks

    private interface Body {
        void write(Document doc);
    }

    private static byte[] pdf(Rectangle size, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(size, 48, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Giảm Nghèo");
        doc.addCreator("Giảm Nghèo");
        doc.open();
        body.write(doc);
        doc.close();
        return out.toByteArray();
    }

    /** The administrative header: the committee and the number on the left, the national motto and date on the right. */
    private static PdfPTable header(String commune, String number, String place, LocalDate on) {
        PdfPTable t = new PdfPTable(new float[] {42, 58});
        t.setWidthPercentage(100);
        Paragraph left = new Paragraph();
        left.setAlignment(Element.ALIGN_CENTER);
        left.add(new Chunk("ỦY BAN NHÂN DÂN\n", new Font(BOLD, 11)));
        left.add(new Chunk(commune.toUpperCase(Locale.forLanguageTag("vi")) + "\n", new Font(BOLD, 11)));
        left.add(new Chunk("———\n", new Font(REGULAR, 9)));
        if (number != null) {
            left.add(new Chunk("Số: " + number, new Font(REGULAR, 11)));
        }
        Paragraph right = new Paragraph();
        right.setAlignment(Element.ALIGN_CENTER);
        right.add(new Chunk("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", new Font(BOLD, 11)));
        right.add(new Chunk("Độc lập – Tự do – Hạnh phúc\n", new Font(BOLD, 11)));
        right.add(new Chunk("———————\n", new Font(REGULAR, 9)));
        String date = on == null ? "ngày …… tháng …… năm ……"
                : "ngày %02d tháng %02d năm %d".formatted(on.getDayOfMonth(), on.getMonthValue(), on.getYear());
        right.add(new Chunk(place + ", " + date, new Font(ITALIC, 11)));
        t.addCell(plain(left));
        t.addCell(plain(right));
        return t;
    }

    private static PdfPCell plain(Paragraph p) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(p);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPTable signatures(String left, String middle, String right) {
        PdfPTable t = new PdfPTable(3);
        t.setWidthPercentage(100);
        t.setSpacingBefore(18);
        for (String text : new String[] {left, middle, right}) {
            boolean notice = text != null && text.startsWith("Nơi nhận");
            Paragraph p = new Paragraph(text == null ? "" : text, new Font(notice ? ITALIC : BOLD, notice ? 9 : 11));
            p.setAlignment(notice ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
            t.addCell(plain(p));
        }
        return t;
    }

    private static Paragraph centered(String text, BaseFont font, float size, float before) {
        Paragraph p = new Paragraph(text, new Font(font, size));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    private static Paragraph paragraph(String text, BaseFont font, float size, float before) {
        Paragraph p = new Paragraph(text, new Font(font, size));
        p.setSpacingBefore(before);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    private static Paragraph article(String number, String text) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(number, new Font(BOLD, 11)));
        p.add(new Chunk(text, new Font(REGULAR, 11)));
        p.setSpacingBefore(6);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    private static Paragraph field(String label, String value) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label, new Font(REGULAR, 12)));
        p.add(new Chunk(value == null ? "" : value, new Font(BOLD, 12)));
        p.setSpacingBefore(4);
        return p;
    }

    private static PdfPCell headCell(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, new Font(BOLD, 9)));
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(4);
        c.setGrayFill(0.92f);
        return c;
    }

    private static PdfPCell cell(String text, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, new Font(REGULAR, 9)));
        c.setHorizontalAlignment(align);
        c.setPadding(4);
        return c;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = ReviewDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ labels

    static String classLabel(HouseholdClass c) {
        return c == null ? "" : c.label();
    }

    private static String relation(RelationToHead r) {
        if (r == null) {
            return "";
        }
        return switch (r) {
            case HEAD -> "Chủ hộ";
            case SPOUSE -> "Vợ/chồng";
            case CHILD -> "Con";
            case CHILD_IN_LAW -> "Con dâu/con rể";
            case GRANDCHILD -> "Cháu";
            case PARENT -> "Bố/mẹ";
            case PARENT_IN_LAW -> "Bố/mẹ vợ (chồng)";
            case GRANDPARENT -> "Ông/bà";
            case SIBLING -> "Anh/chị/em";
            case OTHER_RELATIVE -> "Họ hàng khác";
            case OTHER -> "Khác";
        };
    }

    /** The result a list shows: the decided class, or else the one the survey proposed. */
    private static HouseholdClass result(ReviewItemView v) {
        return v.finalClass() != null ? v.finalClass() : v.proposedClass();
    }

    private static String deprived(ReviewItemView v) {
        return v.deprivedIndicators() == null ? "" : String.join("; ", v.deprivedIndicators().stream()
                .map(vn.giamngheo.classification.model.IndicatorNames::name).toList());
    }

    private static String postingNote(ReviewItemView v) {
        return switch (v.state()) {
            case UNDER_RECHECK -> "Đang phúc tra";
            case DECIDED -> "Đã công nhận";
            default -> v.origin() == ReviewCodes.ItemOrigin.REQUEST_REVIEW ? "Hộ đăng ký mới"
                    : v.origin() == ReviewCodes.ItemOrigin.REQUEST_EXIT ? "Hộ đề nghị thoát nghèo" : "";
        };
    }

    /**
     * The household's address, then the village, commune and province it does not already name
     * ("Số 12, Thôn Hà An" is not followed by "Thôn Hà An" again).
     */
    static String address(String street, String village, String commune, String province) {
        StringBuilder sb = new StringBuilder(street == null ? "" : street.strip());
        String folded = vn.giamngheo.common.text.VietnameseText.fold(sb.toString());
        for (String part : new String[] {village, commune, province}) {
            if (part == null || part.isBlank() || folded.contains(vn.giamngheo.common.text.VietnameseText.fold(part))) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static String periodLabel(ReviewCampaign c) {
        return c.kind == CampaignKind.PERIODIC ? "Năm " + c.year : "Tháng " + c.month + " năm " + c.year;
    }

    private static String placeLabel(PostingList list) {
        return (list.villageName() == null ? "" : list.villageName() + ", ") + list.communeName() + ", "
                + list.provinceName();
    }

    private static String unitName(String code) {
        AdminUnit u = AdminUnit.findById(code);
        return u == null ? code : u.fullName;
    }

    private static String format(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** A file name for a download, e.g. {@code niem-yet-2026-thon-1.pdf}. */
    static String fileName(String stem, ReviewCampaign c, String suffix) {
        List<String> parts = new ArrayList<>(List.of(stem, String.valueOf(c.year)));
        if (c.month != null) {
            parts.add(String.format("%02d", c.month));
        }
        return String.join("-", parts) + suffix;
    }
}
