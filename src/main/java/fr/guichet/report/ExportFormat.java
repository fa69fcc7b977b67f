package fr.guichet.report;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;

import fr.guichet.platform.error.DomainException;

/**
 * Which of CSV and JSON an export answers: {@code format=csv|json} when given (a link in a browser cannot set
 * {@code Accept}), otherwise content negotiation over the variants, in the caller's order of preference; 406
 * when the caller accepts neither.
 */
final class ExportFormat {

    static final MediaType CSV = MediaType.valueOf("text/csv");

    private ExportFormat() {
    }

    static boolean csv(String format, Request request, MediaType preferred) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw DomainException.invalidInput("format", "must be csv or json");
            };
        }
        MediaType other = preferred.equals(CSV) ? MediaType.APPLICATION_JSON_TYPE : CSV;
        Variant chosen = request.selectVariant(Variant.mediaTypes(preferred, other).build());
        if (chosen == null) {
            throw new NotAcceptableException();
        }
        return chosen.getMediaType().equals(CSV);
    }
}
