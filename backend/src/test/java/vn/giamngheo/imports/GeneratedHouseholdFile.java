package vn.giamngheo.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A household file as a commune would bring it (the template's Vietnamese headers, one row per member, households
 * keyed by their number, each head with a citizen ID, a survey of 2025 on the head's row), generated for the
 * restart check and the import benchmark. Citizen IDs are {@code prefix} followed by a running number, so that
 * files made with different prefixes never collide.
 */
public final class GeneratedHouseholdFile {

    static final String HEADER = "Số thứ tự hộ,Mã xã,Địa chỉ,Họ và tên,Quan hệ với chủ hộ,Giới tính,Ngày sinh,Dân tộc,"
            + "Số CCCD,Khả năng lao động,Việc làm,Có bảo hiểm y tế,Đang đi học,Trình độ học vấn,Năm rà soát,Ngày rà soát,"
            + "Thu nhập bình quân đầu người/tháng (đồng),Tường bền chắc,Cột bền chắc,Mái bền chắc,Diện tích nhà ở (m²),"
            + "Nguồn nước sinh hoạt,Loại nhà tiêu\r\n";

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi"};
    private static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Đức", "Quang", "Minh"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Kim", "Mỹ"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hoa", "Lan", "Long", "Mai", "Nam",
        "Phúc", "Quyên", "Sơn", "Tâm", "Thảo", "Trung", "Vy", "Xuân"};

    /** What a generated file holds. */
    public record Stats(int households, int rows) {
    }

    private GeneratedHouseholdFile() {
    }

    /** Writes {@code households} households spread over {@code communes} (round robin). */
    public static Stats write(Path file, List<String> communes, int households, String idPrefix, long seed)
            throws IOException {
        Random random = new Random(seed);
        int rows = 0;
        long id = 0;
        int idDigits = 12 - idPrefix.length();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(HEADER);
            for (int h = 1; h <= households; h++) {
                String commune = communes.get((h - 1) % communes.size());
                String family = FAMILY[random.nextInt(FAMILY.length)];
                int members = 1 + random.nextInt(4);
                long income = 500_000 + 100_000L * random.nextInt(40);
                for (int m = 0; m < members; m++) {
                    boolean male = random.nextBoolean();
                    String name = family + " " + (male ? MIDDLE_MALE : MIDDLE_FEMALE)[random.nextInt(5)] + " "
                            + GIVEN[random.nextInt(GIVEN.length)];
                    String relation = m == 0 ? "Chủ hộ" : m == 1 ? "Vợ/chồng" : "Con";
                    int year = m < 2 ? 1950 + random.nextInt(50) : 2005 + random.nextInt(18);
                    String birth = String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12), year);
                    boolean adult = year < 2008;
                    String citizenId = adult ? idPrefix + String.format("%0" + idDigits + "d", ++id) : "";
                    StringBuilder row = new StringBuilder();
                    row.append(h).append(',').append(commune).append(',')
                            .append(m == 0 ? "\"Thôn " + (1 + random.nextInt(9)) + ", xã " + commune + "\"" : "").append(',')
                            .append(name).append(',').append(relation).append(',').append(male ? "Nam" : "Nữ").append(',')
                            .append(birth).append(',').append(random.nextInt(10) == 0 ? "Tày" : "01 - Kinh").append(',')
                            .append(citizenId).append(',')
                            .append(adult ? (random.nextInt(8) == 0 ? "Không có khả năng lao động" : "Có khả năng lao động") : "")
                            .append(',').append(adult ? (random.nextBoolean() ? "Tự làm" : "Làm công có hợp đồng lao động") : "")
                            .append(',').append(random.nextInt(6) == 0 ? "Không" : "Có").append(',')
                            .append(adult ? "" : "Có").append(',').append(adult ? "Trung học cơ sở" : "Tiểu học").append(',');
                    if (m == 0) {
                        row.append("2025,15/09/2025,").append(income).append(',')
                                .append(random.nextInt(5) == 0 ? "Không" : "Có").append(",Có,Có,")
                                .append(20 + random.nextInt(60)).append(',')
                                .append(random.nextBoolean() ? "Nước máy" : "Giếng khoan").append(',')
                                .append(random.nextInt(4) == 0 ? "Hố đào đơn giản" : "Tự hoại");
                    } else {
                        row.append(",,,,,,,,");
                    }
                    out.write(row.append("\r\n").toString());
                    rows++;
                }
            }
        }
        return new Stats(households, rows);
    }
}
