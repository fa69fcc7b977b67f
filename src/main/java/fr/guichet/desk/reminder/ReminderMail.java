package fr.guichet.desk.reminder;

import fr.guichet.catalog.Right;
import fr.guichet.request.RequestStatus;

/**
 * What a reminder e-mail says, already localised where needed ({@code date}). Codes and the request reference only:
 * the type has no field that could carry a name, an address or anything a person wrote.
 */
public record ReminderMail(Threshold threshold, String reference, String controllerName, Right right,
        RequestStatus status, String date, Recipient recipient, String link) {
}
