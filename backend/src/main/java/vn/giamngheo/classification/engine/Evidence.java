package vn.giamngheo.classification.engine;

/** Where a rule writes why it found an indicator deprived (only when an explanation is asked for). */
final class Evidence {

    int member = -1;
    String text;
    String textEn;

    void set(int member, String text, String textEn) {
        this.member = member;
        this.text = text;
        this.textEn = textEn;
    }
}
