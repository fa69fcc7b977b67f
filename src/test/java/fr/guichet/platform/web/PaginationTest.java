package fr.guichet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.guichet.platform.error.DomainException;

/** Cursors round-trip any key, foreign cursors are refused, and limits stay within bounds. */
class PaginationTest {

    @Test
    void aCursorRoundTripsKeysWithAnyCharacters() {
        String cursor = Cursor.encode("Entrepôt « WeShare » — qualité/vie", "7f1c");
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(cursor, 2)).containsExactly("Entrepôt « WeShare » — qualité/vie", "7f1c");
    }

    @Test
    void aForeignCursorIsRefused() {
        assertThatThrownBy(() -> Cursor.decode("%%%", 2)).isInstanceOf(Cursor.InvalidCursorException.class);
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode("only-one"), 2))
                .isInstanceOf(Cursor.InvalidCursorException.class);
    }

    @Test
    void limitsDefaultAndAreBounded() {
        assertThat(PageRequest.of(null, null, 2).limit()).isEqualTo(Page.DEFAULT_LIMIT);
        assertThat(PageRequest.of(null, "200", 2).limit()).isEqualTo(200);
        for (String bad : List.of("0", "201", "-1", "ten", "1.5")) {
            assertThatThrownBy(() -> PageRequest.of(null, bad, 2)).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void aPageUsesTheExtraRowOnlyToKnowThereIsMore() {
        Page<String> page = Page.of(List.of("a", "b", "c"), 2, String::toUpperCase, s -> "after-" + s);
        assertThat(page.items()).containsExactly("A", "B");
        assertThat(page.next()).isEqualTo("after-b");
        assertThat(Page.of(List.of("a", "b"), 2, String::toUpperCase, s -> "after-" + s).next()).isNull();
    }
}
