package vn.giamngheo.classification.model;

/**
 * Why one indicator is deprived.
 *
 * @param memberIndex the member the explanation is about (position in the input), or null
 * @param text in Vietnamese, e.g. "Nguyễn Văn A, 34 tuổi, không có thẻ BHYT"
 * @param textEn the same in English
 */
public record Explanation(String indicator, IndicatorSource source, Integer memberIndex, String memberName,
        String text, String textEn) {
}
