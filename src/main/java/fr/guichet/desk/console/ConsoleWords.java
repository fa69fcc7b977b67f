package fr.guichet.desk.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The desk's vocabulary in words for staff pages: rights, statuses, channels, outcomes, risks, requester roles,
 * extension reasons, actions and legal grounds. French here, English in messages/console_en.properties;
 * {@link Vocabulary} maps the enums to these words, so that no page shows a code.
 */
@MessageBundle(value = "console", locale = "fr")
public interface ConsoleWords {

    @Message("Accès")
    String right_ACCESS();

    @Message("Rectification")
    String right_RECTIFICATION();

    @Message("Effacement")
    String right_ERASURE();

    @Message("Limitation")
    String right_LIMITATION();

    @Message("Opposition")
    String right_OPPOSITION();

    @Message("Portabilité")
    String right_PORTABILITY();

    @Message("Reçue")
    String status_RECEIVED();

    @Message("En attente d'informations")
    String status_AWAITING_INFORMATION();

    @Message("En cours d'instruction")
    String status_IN_PROGRESS();

    @Message("Décidée")
    String status_DECIDED();

    @Message("Réponse envoyée")
    String status_ANSWERED();

    @Message("Close")
    String status_CLOSED();

    @Message("Retirée")
    String status_WITHDRAWN();

    @Message("Formulaire en ligne")
    String channel_WEB();

    @Message("Courriel")
    String channel_EMAIL();

    @Message("Courrier")
    String channel_POST();

    @Message("Sur place")
    String channel_IN_PERSON();

    @Message("Téléphone")
    String channel_PHONE();

    @Message("Accordée")
    String outcome_GRANTED();

    @Message("Accordée en partie")
    String outcome_PARTIALLY_GRANTED();

    @Message("Refusée")
    String outcome_REFUSED();

    @Message("Sans objet")
    String outcome_NOT_APPLICABLE();

    @Message("Caduque")
    String outcome_LAPSED();

    @Message("En retard")
    String risk_OVERDUE();

    @Message("Suspendue")
    String risk_PAUSED();

    @Message("Échéance proche")
    String risk_DUE_SOON();

    @Message("Dans les délais")
    String risk_ON_TRACK();

    @Message("La personne elle-même")
    String role_SELF();

    @Message("Un parent (mineur)")
    String role_PARENT();

    @Message("Un tuteur ou curateur")
    String role_GUARDIAN();

    @Message("Un héritier")
    String role_HEIR();

    @Message("Un mandataire")
    String role_MANDATARY();

    @Message("Complexité de la demande")
    String extension_COMPLEXITY();

    @Message("Nombre de demandes")
    String extension_NUMBER_OF_REQUESTS();

    @Message("Commencer l'instruction")
    String action_START();

    @Message("Demander un justificatif d'identité")
    String action_REQUEST_IDENTITY();

    @Message("Demander une précision")
    String action_REQUEST_CLARIFICATION();

    @Message("Enregistrer la réponse du demandeur")
    String action_INFORMATION_RECEIVED();

    @Message("Prolonger le délai de deux mois")
    String action_EXTEND();

    @Message("Décider")
    String action_DECIDE();

    @Message("Envoyer la réponse")
    String action_RESPOND();

    @Message("Clore la demande")
    String action_CLOSE();

    @Message("Enregistrer le retrait")
    String action_WITHDRAW();

    @Message("Prévenir avant la levée de la limitation")
    String action_NOTIFY_LIFT();

    @Message("Lever la limitation")
    String action_LIFT();

    @Message("Demande manifestement infondée ou excessive (art. 12(5) RGPD)")
    String ground_ART_12_5();

    @Message("Atteinte aux droits d'autrui (art. 15(4) RGPD)")
    String ground_ART_15_4();

    @Message("Obligation légale de conservation (art. 17(3)(b) RGPD)")
    String ground_ART_17_3_B();

    @Message("Motif d'intérêt public dans le domaine de la santé publique (art. 17(3)(c) RGPD)")
    String ground_ART_17_3_C();

    @Message("L'effacement compromettrait gravement la recherche (art. 17(3)(d) RGPD)")
    String ground_ART_17_3_D();

    @Message("Constatation, exercice ou défense de droits en justice (art. 17(3)(e) RGPD)")
    String ground_ART_17_3_E();

    @Message("Motifs légitimes et impérieux (art. 21(1) RGPD)")
    String ground_ART_21_1();

    @Message("Recherche d'intérêt public (art. 21(6) RGPD)")
    String ground_ART_21_6();

    @Message("Dérogation prévue par un texte")
    String ground_NATIONAL_DEROGATION();

    @Message("Identité non établie (art. 11(2) et 12(6) RGPD)")
    String ground_ART_11_2();

    @Message("La base légale du traitement exclut ce droit")
    String ground_LEGAL_BASIS();
}
