package fr.guichet.desk.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import fr.guichet.catalog.ControllerView;
import fr.guichet.intake.StatusLinks;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.request.PostalLetters;
import fr.guichet.request.RequesterNotice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Lays out a letter owed by post as an A4 PDF, with the words of the e-mail (the same {@code letterBody} tag, in
 * the requester's language): the controller as sender, the requester's name and postal address in the envelope's
 * window, the date, the reference on every page. The fonts travel with the desk, so every replica prints the same.
 */
@ApplicationScoped
public class PrintedLetters {

    private static final String FONT = "DejaVu Sans";

    static {
        // The renderer narrates every layout at INFO on its own console handler; only its warnings belong in our logs.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    @CheckedTemplate(basePath = "letters")
    static class Templates {
        static native TemplateInstance printedLetter(PrintedPage page);
    }

    /** What the printed page shows around the letter's words. */
    record PrintedPage(LetterContent letter, String senderName, List<String> senderLines, String addresseeName,
            List<String> addresseeLines, String dateLine, String subjectLine, String reference, String pageWord,
            String ofWord) {
    }

    /** @param fileName names the request by its reference, never the person */
    public record Pdf(String fileName, byte[] content) {
    }

    private final PostalLetters postal;
    private final StatusLinks links;
    private final Clock clock;

    PrintedLetters(PostalLetters postal, StatusLinks links, Clock clock) {
        this.postal = postal;
        this.links = links;
        this.clock = clock;
    }

    /**
     * The letter owed at history entry {@code seq}, dated today, with a status link of its own (minted here, as an
     * e-mail mints one when it is written): printing twice gives two links, each valid for its own term.
     */
    @Transactional
    public Pdf print(UUID requestId, int seq, StaffScope scope, String actor) {
        PostalLetters.Printable printable = postal.printable(requestId, seq, scope, actor);
        RequesterNotice notice = printable.notice();
        ControllerView controller = notice.controller();
        LetterContent content = RequesterLetters.write(Letter.forStep(notice.step(), notice.outcome()), notice,
                links.mint(requestId));
        RequesterMailMessages m = RequesterLetters.messages(notice.language());
        LocalDate today = clock.instant().atZone(ZoneId.of(controller.timeZone())).toLocalDate();
        PrintedPage page = new PrintedPage(content, controller.name(), lines(controller.postalAddress()),
                printable.addresseeName(), lines(printable.addresseeAddress()),
                m.print_date(RequesterLetters.dates(notice.language()).format(today)),
                m.print_subject(content.subject()), notice.reference(), m.print_page(), m.print_of());
        String html = Templates.printedLetter(page).setLocale(Locale.forLanguageTag(notice.language())).render();
        return new Pdf("letter-" + notice.reference() + "-" + seq + ".pdf", render(html, content.subject()));
    }

    private static byte[] render(String xhtml, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("Guichet");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out the letter " + title, e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        return PrintedLetters.class.getResourceAsStream("/letters/fonts/" + file);
    }

    /** An address as typed, one line per envelope line. */
    private static List<String> lines(String address) {
        return address == null ? List.of() : Arrays.stream(address.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
