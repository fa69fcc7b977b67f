package fr.guichet.desk.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the request page (French; English in messages/requestPage_en.properties). */
@MessageBundle(value = "requestPage", locale = "fr")
public interface RequestPageMessages {

    @Message("Demande {reference}")
    String pageTitle(String reference);

    @Message("Retour à la file des demandes")
    String backToQueue();

    @Message("En bref")
    String summary();

    @Message("Droit exercé")
    String right();

    @Message("État")
    String status();

    @Message("Décision")
    String outcome();

    @Message("Établissement")
    String organisation();

    @Message("Traitements concernés")
    String processings();

    @Message("Reçue par")
    String channel();

    @Message("Reçue le")
    String receivedAt();

    @Message("Langue des courriers")
    String language();

    @Message("français")
    String language_fr();

    @Message("anglais")
    String language_en();

    @Message("Suivie par")
    String assignee();

    @Message("Personne")
    String nobody();

    @Message("Qui demande")
    String who();

    @Message("Le demandeur est")
    String requesterRole();

    @Message("Nom du demandeur")
    String requesterName();

    @Message("Adresse électronique")
    String requesterEmail();

    @Message("Adresse postale")
    String requesterPostal();

    @Message("Personne concernée")
    String subjectName();

    @Message("Étude et code participant")
    String study();

    @Message("Non indiqué")
    String noneGiven();

    @Message("L'identité du demandeur n'est montrée qu'aux délégués à la protection des données.")
    String identityHidden();

    @Message("Votre consultation de l'identité est enregistrée dans la trace des accès.")
    String identityTraced();

    @Message("Ce que le demandeur a écrit")
    String whatTheyWrote();

    @Message("Précisions")
    String details();

    @Message("Motif")
    String reason();

    @Message("Délais")
    String deadlines();

    @Message("Date de réception")
    String receiptDate();

    @Message("Échéance d'un mois")
    String responseDue();

    @Message("Avis de prolongation à envoyer au plus tard le")
    String extensionNoticeDue();

    @Message("Échéance prolongée (trois mois)")
    String extendedDue();

    @Message("Objectif interne")
    String internalTarget();

    @Message("Échéance applicable")
    String effectiveDue();

    @Message("Jours ajoutés par les suspensions")
    String pausedDays();

    @Message("Suspension : demande envoyée le {requested}, réponse reçue le {answered} ({days} jours ajoutés)")
    String pause(String requested, String answered, String days);

    @Message("Suspension en cours depuis le {requested} : le délai est arrêté")
    String pauseOpen(String requested);

    @Message("Demande d'informations du {requested} envoyée trop tard pour suspendre le délai")
    String pauseIgnored(String requested);

    @Message("{days} jours restants")
    String daysLeft(String days);

    @Message("En retard de {days} jours")
    String daysLate(String days);

    @Message("Échéance aujourd'hui")
    String dueToday();

    @Message("Délai suspendu")
    String paused();

    @Message("Actions possibles")
    String actions();

    @Message("Aucune action n'est possible sur cette demande dans son état actuel.")
    String noActions();

    @Message("Vous consultez cette demande en lecture seule.")
    String readOnly();

    @Message("Votre question au demandeur")
    String question();

    @Message("Le demandeur lira ce texte sur sa page de suivi. N'y mettez aucune donnée de santé.")
    String questionHint();

    @Message("Motif de la prolongation")
    String extensionReason();

    @Message("Explication pour le demandeur")
    String extensionText();

    @Message("Le demandeur lira cette explication sur sa page de suivi, avec la nouvelle échéance.")
    String extensionHint();

    @Message("Décision")
    String decisionOutcome();

    @Message("Fondement du refus")
    String legalGround();

    @Message("Obligatoire sauf si la demande est accordée. Seuls les fondements qui valent pour ce droit sont proposés.")
    String legalGroundHint();

    @Message("Choisir…")
    String chooseOne();

    @Message("Motivation")
    String reasoning();

    @Message("Le demandeur lira cette motivation avec la réponse.")
    String reasoningHint();

    @Message("Texte cité (facultatif)")
    String citation();

    @Message("Étude")
    String participantStudy();

    @Message("Code participant dans l'étude")
    String participantCode();

    @Message("Nécessaire pour que les entrepôts appliquent la décision : le code pseudonyme que l'étude a attribué.")
    String participantHint();

    @Message("Motif de la clôture (facultatif)")
    String closeReason();

    @Message("Date et heure où l'action a eu lieu (facultatif)")
    String atLegend();

    @Message("Seulement si l'action a eu lieu hors du guichet : une réponse arrivée par la poste, un courrier posté un autre jour. Heure de l'établissement : {zone}. Une action ainsi datée n'envoie aucun courrier au demandeur.")
    String atHint(String zone);

    @Message("Date")
    String atDate();

    @Message("Heure")
    String atTime();

    @Message("Indiquez aussi la date.")
    String atDateMissing();

    @Message("Indiquez aussi l'heure.")
    String atTimeMissing();

    @Message("Indiquez une date valide.")
    String badDate();

    @Message("Indiquez une heure valide (HH:MM).")
    String badTime();

    @Message("Cette action sera enregistrée comme faite le {date}. Le guichet n'envoie aucun courrier pour une action ainsi datée.")
    String previewBackDated(String date);

    @Message("Attribuer")
    String assign();

    @Message("Attribuer à")
    String assignTo();

    @Message("Me l'attribuer")
    String assignToMe();

    @Message("Ne plus l'attribuer")
    String unassign();

    @Message("Notes internes")
    String notes();

    @Message("Nouvelle note")
    String noteText();

    @Message("Visible des seuls délégués, jamais du demandeur.")
    String noteHint();

    @Message("Ajouter la note")
    String addNote();

    @Message("Documents de réponse")
    String documents();

    @Message("Lettre reçue, numérisée")
    String receivedLetters();

    @Message("Aucun document joint.")
    String noDocuments();

    @Message("Fichier")
    String document();

    @Message("Joindre le document")
    String upload();

    @Message("PDF, JSON, CSV, XML ou ZIP, 10 Mo au plus. Le fichier sera nommé d'après la référence.")
    String uploadHint();

    @Message("Télécharger {name}")
    String download(String name);

    @Message("Historique")
    String timeline();

    @Message("Date")
    String when();

    @Message("Événement")
    String event();

    @Message("Par")
    String by();

    @Message("Courriers au demandeur")
    String letters();

    @Message("Aucun courrier.")
    String noLetters();

    @Message("envoyé par courriel le {date}")
    String letterSent(String date);

    @Message("en attente d'envoi depuis le {date}")
    String letterQueued(String date);

    @Message("l'envoi a échoué le {date}")
    String letterFailed(String date);

    @Message("à envoyer par la poste")
    String letterByPost();

    @Message("posté le {date}")
    String letterPosted(String date);

    @Message("Imprimer les courriers à envoyer par la poste et enregistrer leur envoi")
    String lettersToPrint();

    @Message("Entrepôts partenaires")
    String propagation();

    @Message("Aucun partenaire n'a d'événement à appliquer pour cette demande.")
    String noPropagation();

    @Message("Partenaire")
    String partner();

    @Message("Événement")
    String eventType();

    @Message("Où en est-il")
    String propagationStatus();

    @Message("Accusés de réception attendus au plus tard le {date}")
    String ackDue(String date);

    @Message("Des accusés de réception sont en retard (attendus le {date}).")
    String ackOverdue(String date);

    @Message("C'est fait : {action}.")
    String done(String action);

    @Message("La demande a changé entre-temps : elle est maintenant « {status} ». Vérifiez-la avant de recommencer.")
    String conflict(String status);

    @Message("Corrigez ces points")
    String errorsTitle();

    @Message("Vérifiez avant de confirmer")
    String previewTitle();

    @Message("Le demandeur recevra ce courriel (en {language}) :")
    String previewLetterEmail(String language);

    @Message("Le demandeur n'a pas d'adresse électronique : ce courrier (en {language}) sera à imprimer et à envoyer par la poste :")
    String previewLetterPost(String language);

    @Message("Objet :")
    String previewSubject();

    @Message("Le demandeur lira aussi ces textes sur sa page de suivi :")
    String previewReads();

    @Message("Cette action n'écrit rien au demandeur.")
    String previewNothing();

    @Message("Confirmer : {action}")
    String confirm(String action);

    @Message("Revenir à la demande sans rien faire")
    String cancel();

    @Message("Votre texte")
    String field_reason();

    @Message("Explication")
    String field_reasonText();

    @Message("Motivation")
    String field_reasoning();

    @Message("Texte cité")
    String field_citation();

    @Message("En attente")
    String propagation_PENDING();

    @Message("Remis")
    String propagation_DELIVERED();

    @Message("Échec de la remise")
    String propagation_FAILED();

    @Message("Appliqué (accusé de réception le {date})")
    String propagation_ACKNOWLEDGED(String date);

    @Message("Dispensé (effort disproportionné)")
    String propagation_EXEMPT();

    @Message("Opposition à appliquer")
    String type_OPPOSITION_SET();

    @Message("Opposition retirée")
    String type_OPPOSITION_LIFTED();

    @Message("Limitation à appliquer")
    String type_RESTRICTION_SET();

    @Message("Limitation levée")
    String type_RESTRICTION_LIFTED();

    @Message("Effacement à faire")
    String type_ERASURE_ORDERED();

    @Message("Rectification à reporter")
    String type_RECTIFICATION_NOTIFIED();

    @Message("Demande enregistrée")
    String event_FILED();

    @Message("Attribuée à {name}")
    String event_ASSIGNED(String name);

    @Message("Plus attribuée")
    String event_UNASSIGNED();

    @Message("Note interne")
    String event_NOTE();

    @Message("Document de réponse joint")
    String event_DOCUMENT_ATTACHED();

    @Message("Courrier posté le {date} : {letter}")
    String event_LETTER_POSTED(String date, String letter);
    @Message("Lettre reçue jointe, numérisée")
    String event_LETTER_ATTACHED();

    @Message("Accusé de réception")
    String letter_ACKNOWLEDGEMENT();

    @Message("Demande d'informations")
    String letter_INFORMATION_REQUEST();

    @Message("Avis de prolongation")
    String letter_EXTENSION_NOTICE();

    @Message("Réponse")
    String letter_ANSWER();

    @Message("Refus motivé et voies de recours")
    String letter_REFUSAL();

    @Message("Clôture faute de réponse, avec les voies de recours")
    String letter_LAPSED();

    @Message("Confirmation du retrait")
    String letter_WITHDRAWAL();

    @Message("Confirmation du retrait de l'opposition")
    String letter_OPPOSITION_WITHDRAWN();

    @Message("Avis préalable à la levée de la limitation")
    String letter_LIFT_NOTICE();

    @Message("Clôture")
    String letter_CLOSURE();

    @Message("Courrier")
    String letter_OTHER();

    @Message("Ce choix ne fait pas partie de ceux proposés.")
    String unknownChoice();

    @Message("La demande est enregistrée ; l'accusé de réception est parti par courriel ou est à poster.")
    String filed();
}
