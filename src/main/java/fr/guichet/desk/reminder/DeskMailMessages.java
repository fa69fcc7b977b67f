package fr.guichet.desk.reminder;

import fr.guichet.catalog.Right;
import fr.guichet.request.RequestStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the desk's e-mails to staff: French here, English in messages/deskMail_en.properties. They name a
 * request by its reference only: never the requester, the data subject or what they wrote.
 */
@MessageBundle(value = "deskMail", locale = "fr")
public interface DeskMailMessages {

    @Message("{#when threshold}"
            + "{#is INTERNAL_TARGET}Guichet : échéance interne atteinte pour la demande {reference}"
            + "{#is OVERDUE}Guichet : la demande {reference} est en retard"
            + "{#is PARTNER_ACK_OVERDUE}Guichet : accusés de réception en retard pour la demande {reference}"
            + "{/when}")
    String reminder_subject(Threshold threshold, String reference);

    @Message("Bonjour,")
    String greeting();

    @Message("{#when threshold}"
            + "{#is INTERNAL_TARGET}La demande {reference} a atteint son échéance interne, fixée au {date}. "
            + "Le délai légal de réponse approche."
            + "{#is OVERDUE}Le délai de réponse à la demande {reference} a expiré le {date}. "
            + "La personne attend une réponse : répondez-lui sans attendre."
            + "{#is PARTNER_ACK_OVERDUE}Au moins un partenaire n'a pas accusé réception d'un événement "
            + "de la demande {reference}, attendu au plus tard le {date}. L'article 19 du RGPD impose de pouvoir prouver "
            + "que chaque destinataire a été informé."
            + "{/when}")
    String reminder_what(Threshold threshold, String reference, String date);

    @Message("Référence :")
    String reminder_reference();

    @Message("Responsable de traitement :")
    String reminder_controller();

    @Message("Droit exercé :")
    String reminder_right();

    @Message("Statut :")
    String reminder_status();

    @Message("{#when threshold}"
            + "{#is INTERNAL_TARGET}Échéance interne :"
            + "{#is OVERDUE}Délai de réponse :"
            + "{#is PARTNER_ACK_OVERDUE}Date limite des accusés de réception :"
            + "{/when}")
    String reminder_date(Threshold threshold);

    @Message("{#when right}"
            + "{#is ACCESS}accès (art. 15)"
            + "{#is RECTIFICATION}rectification (art. 16)"
            + "{#is ERASURE}effacement (art. 17)"
            + "{#is LIMITATION}limitation du traitement (art. 18)"
            + "{#is OPPOSITION}opposition (art. 21)"
            + "{#is PORTABILITY}portabilité (art. 20)"
            + "{/when}")
    String right(Right right);

    @Message("{#when status}"
            + "{#is RECEIVED}reçue"
            + "{#is AWAITING_INFORMATION}en attente d'informations"
            + "{#is IN_PROGRESS}en cours de traitement"
            + "{#is DECIDED}décidée, réponse à envoyer"
            + "{#is ANSWERED}répondue"
            + "{#is CLOSED}close"
            + "{#is WITHDRAWN}retirée"
            + "{/when}")
    String status(RequestStatus status);

    @Message("Ouvrir la demande : {link}")
    String reminder_open(String link);

    @Message("Ouvrir la demande")
    String reminder_openLabel();

    @Message("{#when recipient}"
            + "{#is ASSIGNEE}Vous recevez ce rappel parce que cette demande vous est attribuée."
            + "{#is DPO_CONTACT}Vous recevez ce rappel en tant que contact DPO de {controllerName} : la demande "
            + "n'est attribuée à personne dont le guichet connaisse l'adresse."
            + "{/when} Il n'est envoyé qu'une fois pour cette échéance.")
    String reminder_why(Recipient recipient, String controllerName);

    @Message("Ce message automatique ne contient aucune donnée de patient.")
    String noPatientData();
}
