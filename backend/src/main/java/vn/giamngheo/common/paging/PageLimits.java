package vn.giamngheo.common.paging;

/** Page sizes shared by every list operation. */
public final class PageLimits {

    public static final int DEFAULT = 50;
    public static final int MAX = 500;

    private PageLimits() {
    }
}
