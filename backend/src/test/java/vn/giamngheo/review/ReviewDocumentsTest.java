package vn.giamngheo.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pieces of the printed documents. */
class ReviewDocumentsTest {

    @Test
    void anAddressNamesEachPlaceOnce() {
        assertEquals("Số 12, Thôn Hà An, Xã Nam Đông, Thành phố Huế",
                ReviewDocuments.address("Số 12, Thôn Hà An", "Thôn Hà An", "Xã Nam Đông", "Thành phố Huế"));
        assertEquals("Thôn Phú Mỹ, Xã Nam Đông, Thành phố Huế",
                ReviewDocuments.address(null, "Thôn Phú Mỹ", "Xã Nam Đông", "Thành phố Huế"));
        assertEquals("Số 3 Kiệt 5, Thôn Hà An, Xã Nam Đông, Thành phố Huế",
                ReviewDocuments.address("Số 3 Kiệt 5", "Thôn Hà An", "Xã Nam Đông", "Thành phố Huế"));
    }

    @Test
    void uploadsAreRecognisedByTheirFirstBytes() {
        assertEquals("application/pdf", ReviewDocuments.mediaTypeOf("%PDF-1.7".getBytes()));
        assertEquals("image/png", ReviewDocuments.mediaTypeOf(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        assertEquals("image/jpeg", ReviewDocuments.mediaTypeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals("application/octet-stream", ReviewDocuments.mediaTypeOf("hello".getBytes()));
    }
}
