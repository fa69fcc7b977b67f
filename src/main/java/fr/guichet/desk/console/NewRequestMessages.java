package fr.guichet.desk.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the back-office entry page (French; English in messages/newRequest_en.properties). */
@MessageBundle(value = "newRequest", locale = "fr")
public interface NewRequestMessages {

    @Message("Enregistrer une demande reçue par un autre canal")
    String title();

    @Message("Pour une demande arrivée par courrier, par courriel, par téléphone ou sur place. Indiquez la date et l'heure de réception d'origine : les délais courent à partir d'elles, pas de la saisie.")
    String intro();

    @Message("Corrigez ces points")
    String errorsTitle();

    @Message("Traitements concernés")
    String processings();

    @Message("Un ou plusieurs traitements d'un même établissement. Le droit choisi doit être admis par chacun.")
    String processingsHint();

    @Message("Droit exercé")
    String right();

    @Message("Reçue par")
    String channel();

    @Message("Date de réception")
    String receivedDate();

    @Message("Heure de réception")
    String receivedTime();

    @Message("Heure de l'établissement concerné. Par exemple le cachet de la poste ou l'heure du courriel.")
    String receivedHint();

    @Message("Le demandeur")
    String requester();

    @Message("Le demandeur est")
    String requesterRole();

    @Message("Nom et prénom du demandeur")
    String requesterName();

    @Message("Adresse électronique (facultative)")
    String requesterEmail();

    @Message("Sans adresse, chaque courrier sera à imprimer et à poster.")
    String requesterEmailHint();

    @Message("Adresse postale (facultative)")
    String requesterPostal();

    @Message("Personne concernée, si ce n'est pas le demandeur")
    String subjectName();

    @Message("Étude (facultative)")
    String study();

    @Message("Code participant dans l'étude (facultatif)")
    String participantCode();

    @Message("Ce que demande la personne")
    String details();

    @Message("Motif invoqué (facultatif, sauf si le traitement l'exige pour une opposition)")
    String reason();

    @Message("Langue des courriers")
    String language();

    @Message("Français")
    String language_fr();

    @Message("Anglais")
    String language_en();

    @Message("Lettre reçue, numérisée (facultative)")
    String scan();

    @Message("Formats acceptés : {types}. {max} Mo au plus.")
    String scanHint(String types, int max);

    @Message("Ce format n'est pas accepté. Formats acceptés : {types}.")
    String scanType(String types);

    @Message("Le fichier est vide.")
    String scanEmpty();

    @Message("Le fichier dépasse {max} Mo.")
    String scanTooLarge(int max);

    @Message("Le fichier choisi n'a pas été gardé : choisissez-le de nouveau avant d'enregistrer.")
    String scanAgain();

    @Message("Choisir…")
    String chooseOne();

    @Message("Enregistrer la demande")
    String submit();

    @Message("Ce champ est obligatoire.")
    String required();

    @Message("Choisissez au moins un traitement.")
    String chooseProcessing();

    @Message("Indiquez une date valide.")
    String badDate();

    @Message("Indiquez une heure valide (HH:MM).")
    String badTime();

    @Message("Ce choix ne fait pas partie de ceux proposés.")
    String unknownChoice();


    @Message("Aucun traitement d'un établissement dont vous avez la charge : vous ne pouvez pas enregistrer de demande.")
    String noProcessing();
}
