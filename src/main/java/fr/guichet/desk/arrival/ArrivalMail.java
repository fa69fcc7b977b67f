package fr.guichet.desk.arrival;

/**
 * What an arrival e-mail says about one arrival: its kind, the request reference, the controller, the partner for a
 * failed delivery (else null) and the console link. The type has no field that could carry a name, an address or
 * anything a person wrote.
 */
public record ArrivalMail(ArrivalKind kind, String reference, String controllerName, String partnerName,
        String link, boolean dpoContact) {
}
