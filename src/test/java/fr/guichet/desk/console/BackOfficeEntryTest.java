package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.guichet.catalog.Right;
import fr.guichet.desk.documents.DocumentView;
import fr.guichet.desk.documents.ResponseDocuments;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.request.Channel;
import fr.guichet.request.Filing;
import fr.guichet.request.RequesterInput;
import fr.guichet.request.RequesterRole;
import fr.guichet.testsupport.Desk;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A request entered at the desk and the scan of its letter commit together: when the scan is refused after the
 * request was written (the page checks it first, but the documents' rule is the last word), the request goes too.
 * The scan stays the desk's: it is not among the documents a requester lists or downloads.
 */
@QuarkusTest
class BackOfficeEntryTest {

    @Inject
    BackOfficeEntry entry;
    @Inject
    ResponseDocuments documents;

    @Test
    void aScanRefusedInsideTheTransactionTakesTheRequestBackWithIt() {
        Desk.Catalogue centre = Desk.catalogue();
        StaffScope scope = new StaffScope(false, Set.of(UUID.fromString(centre.controllerId())));
        BackOfficeEntry.Scan text = new BackOfficeEntry.Scan("text/plain",
                "not a letter".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> entry.file(filing(centre), text, "entry-dpo", scope))
                .isInstanceOf(DomainException.class);
        assertThat(requestsOf(centre)).isEmpty();

        BackOfficeEntry.Scan pdf = new BackOfficeEntry.Scan("application/pdf",
                "%PDF-1.4 letter".getBytes(StandardCharsets.US_ASCII));
        UUID id = entry.file(filing(centre), pdf, "entry-dpo", scope).id();
        assertThat(requestsOf(centre)).containsExactly(id.toString());

        List<DocumentView> letters = documents.receivedLetters(id, scope);
        assertThat(letters).singleElement().satisfies(letter -> assertThat(letter.mediaType())
                .isEqualTo("application/pdf"));
        UUID letter = letters.get(0).id();
        assertThat(documents.download(letter, null).content()).isEqualTo(pdf.content());
        assertThat(documents.list(id)).isEmpty();
        assertThatThrownBy(() -> documents.download(letter, id)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    private static Filing filing(Desk.Catalogue centre) {
        return new Filing(List.of(UUID.fromString(centre.processingId())), Right.OPPOSITION,
                new RequesterInput(RequesterRole.SELF, "Lucie Bernard", null, "3 place Kléber, 67000 Strasbourg"),
                null, null, null, "Je m'oppose à la réutilisation de mes données.", null, "fr", Channel.POST,
                Instant.parse("2026-12-01T08:15:00Z"), false);
    }

    private static List<String> requestsOf(Desk.Catalogue centre) {
        return Desk.asDpo().queryParam("controller", centre.controllerId()).get("/api/v1/desk/requests").then()
                .statusCode(200).extract().path("items.id");
    }
}
