package vn.giamngheo.common.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as data: names are stored in NFC, and searched in a folded form without
 * diacritics, so that "nguyen van" finds "Nguyễn Văn" and "huong tra" finds "Hương Trà".
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Vietnamese alphabetical order (Đ after D, Ă and Â after A), for names shown in lists and reports. */
    public static final Comparator<Object> ORDER = Collator.getInstance(Locale.forLanguageTag("vi"));

    private VietnameseText() {
    }

    /** NFC form with runs of white space collapsed and the ends trimmed; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Lower case, without diacritics, đ → d, single spaces: the form used for search. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Escapes LIKE wildcards so user input matches literally (escape character '\'). */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
