package fr.guichet.intake;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the public pages: French here, English in messages/intake_en.properties. Plain language for
 * patients and families (product.md); templates hold no text of their own.
 */
@MessageBundle(value = "intake", locale = "fr")
public interface IntakeMessages {

    @Message("fr")
    String lang();

    @Message("Guichet des droits des patients")
    String site();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("/en")
    String otherLanguageHome();

    @Message("/")
    String home();

    @Message("Exercer vos droits sur vos données de santé utilisées pour la recherche")
    String form_title();

    @Message("Ce formulaire vous permet de demander l'accès à vos données, leur rectification, leur effacement, la "
            + "limitation de leur utilisation ou de vous opposer à leur réutilisation pour la recherche.")
    String form_intro();

    @Message("1. L'organisme qui utilise vos données")
    String step_controller();

    @Message("Organisme")
    String label_controller();

    @Message("Continuer")
    String next();

    @Message("Modifier")
    String change();

    @Message("2. Le traitement de données ou l'étude")
    String step_processing();

    @Message("Traitement de données")
    String label_processing();

    @Message("Rechercher une étude par son nom")
    String label_search();

    @Message("Rechercher")
    String search();

    @Message("Étude à laquelle vous avez participé (facultatif)")
    String label_study();

    @Message("Je ne sais pas")
    String study_unknown();

    @Message("Aucune étude ne correspond à cette recherche.")
    String study_none();

    @Message("3. Le droit que vous exercez")
    String step_right();

    @Message("Accès à mes données")
    String right_ACCESS();

    @Message("Rectification")
    String right_RECTIFICATION();

    @Message("Effacement")
    String right_ERASURE();

    @Message("Limitation de l'utilisation")
    String right_LIMITATION();

    @Message("Opposition à la réutilisation pour la recherche")
    String right_OPPOSITION();

    @Message("Portabilité")
    String right_PORTABILITY();

    @Message("Recevoir une copie des données vous concernant et savoir comment elles sont utilisées.")
    String rightHelp_ACCESS();

    @Message("Faire corriger ou compléter des données inexactes.")
    String rightHelp_RECTIFICATION();

    @Message("Faire supprimer vos données, quand la loi le permet.")
    String rightHelp_ERASURE();

    @Message("Faire geler l'utilisation de vos données le temps d'une vérification.")
    String rightHelp_LIMITATION();

    @Message("Refuser que vos données servent à de nouvelles recherches, à tout moment.")
    String rightHelp_OPPOSITION();

    @Message("Recevoir vos données dans un format réutilisable pour les transmettre ailleurs.")
    String rightHelp_PORTABILITY();

    @Message("Ce traitement est imposé par la loi ({reference}) : il n'est pas possible de s'y opposer ni d'en faire "
            + "effacer les données.")
    String noOpposition(String reference);

    @Message("la loi")
    String noOpposition_law();

    @Message("4. Qui êtes-vous ?")
    String step_who();

    @Message("Je fais la demande pour moi-même")
    String role_SELF();

    @Message("Je suis le parent d'un enfant mineur")
    String role_PARENT();

    @Message("Je suis le tuteur ou la tutrice d'un majeur protégé")
    String role_GUARDIAN();

    @Message("Je suis héritier ou héritière d'une personne décédée")
    String role_HEIR();

    @Message("J'ai reçu un mandat de la personne concernée")
    String role_MANDATARY();

    @Message("Vos nom et prénom")
    String label_fullName();

    @Message("Nom et prénom de la personne concernée")
    String label_subjectName();

    @Message("Seulement si vous faites la demande pour quelqu'un d'autre.")
    String hint_subjectName();

    @Message("5. Comment vous joindre")
    String step_contact();

    @Message("Adresse e-mail")
    String label_email();

    @Message("Nous vous enverrons un lien pour confirmer votre demande.")
    String hint_email();

    @Message("Adresse postale (facultatif)")
    String label_postalAddress();

    @Message("Code participant (facultatif)")
    String label_participantCode();

    @Message("Il figure sur les documents de l'étude. Sans lui, nous le retrouverons pour vous.")
    String hint_participantCode();

    @Message("Précisions sur votre demande (facultatif)")
    String label_details();

    @Message("Motif de votre opposition")
    String label_reason();

    @Message("Ce traitement demande un motif légitime pour une opposition. Laissez vide pour les autres droits.")
    String hint_reason();

    @Message("Ne remplissez pas ce champ")
    String label_website();

    @Message("Envoyer ma demande")
    String submit();

    @Message("Ce qui se passe ensuite")
    String panel_title();

    @Message("Vous recevez un e-mail pour confirmer votre demande, puis un accusé de réception avec sa référence.")
    String panel_next();

    @Message("Nous vous répondons dans un délai d'un mois. Si votre demande est complexe, ce délai peut être "
            + "prolongé de deux mois : nous vous le dirions avant, en expliquant pourquoi.")
    String panel_when();

    @Message("Seule l'équipe du délégué à la protection des données connaît votre identité.")
    String panel_who();

    @Message("Les chercheurs ne voient que des codes, jamais votre nom.")
    String panel_codes();

    @Message("Exercer vos droits n'a aucune conséquence sur vos soins.")
    String panel_care();

    @Message("Votre demande n'a pas pu être envoyée. Corrigez ces points :")
    String errors_title();

    @Message("Choisissez le droit que vous souhaitez exercer.")
    String error_right();

    @Message("Choisissez qui fait la demande.")
    String error_role();

    @Message("Indiquez vos nom et prénom (200 caractères au plus).")
    String error_fullName();

    @Message("Indiquez le nom de la personne concernée, seulement si vous faites la demande pour quelqu'un d'autre.")
    String error_subjectName();

    @Message("Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.")
    String error_email();

    @Message("L'adresse postale est trop longue (1000 caractères au plus).")
    String error_postalAddress();

    @Message("Le code participant contient des lettres, des chiffres, points ou tirets (64 caractères au plus).")
    String error_participantCode();

    @Message("Les précisions sont trop longues (10 000 caractères au plus).")
    String error_details();

    @Message("Indiquez le motif de votre opposition (5000 caractères au plus).")
    String error_reason();

    @Message("Ce traitement ou cette étude n'est plus proposé : recommencez le choix.")
    String error_processing();

    @Message("Trop de demandes envoyées depuis cette connexion ou pour cette adresse. Réessayez dans {minutes} "
            + "minute(s).")
    String error_rateLimited(long minutes);

    @Message("La page a expiré. Envoyez de nouveau le formulaire.")
    String error_csrf();

    @Message("Vérifiez votre messagerie")
    String submitted_title();

    @Message("Votre demande porte la référence {reference}. Nous venons de vous envoyer un e-mail : ouvrez le lien "
            + "qu'il contient dans les 72 heures pour confirmer votre demande. Sans confirmation, elle est effacée.")
    String submitted_text(String reference);

    @Message("Confirmer votre demande")
    String confirm_title();

    @Message("Cliquez sur « Confirmer » pour transmettre votre demande au délégué à la protection des données.")
    String confirm_text();

    @Message("Confirmer")
    String confirm_button();

    @Message("Votre demande est enregistrée")
    String confirmed_title();

    @Message("Votre demande {reference} est transmise. Vous allez recevoir un accusé de réception par e-mail, avec "
            + "la date à laquelle nous vous répondrons et un lien pour suivre votre demande.")
    String confirmed_text(String reference);

    @Message("Ce lien n'est plus valable")
    String gone_title();

    @Message("Ce lien a déjà servi ou a expiré. Si vous n'avez pas confirmé votre demande dans les 72 heures, "
            + "déposez-la de nouveau.")
    String gone_text();

    @Message("Cette demande ne peut plus être déposée telle quelle")
    String unfileable_title();

    @Message("Depuis votre envoi, la liste des recherches ou des droits qu'elles admettent a changé. Votre demande "
            + "n'a pas été enregistrée : déposez-la de nouveau, avec les choix proposés aujourd'hui.")
    String unfileable_text();

    @Message("Déposer une demande")
    String newRequest();

    @Message("Suivi de votre demande {reference}")
    String status_title(String reference);

    @Message("Où en est votre demande")
    String status_summary();

    @Message("Droit exercé")
    String status_right();

    @Message("État")
    String status_state();

    @Message("Reçue le")
    String status_received();

    @Message("Réponse au plus tard le")
    String status_due();

    @Message("Le délai de réponse a été prolongé de deux mois.")
    String status_extended();

    @Message("Le délai est suspendu : nous attendons votre réponse.")
    String status_paused();

    @Message("Documents de réponse")
    String documents_title();

    @Message("Notre réponse est accompagnée de ces documents. Enregistrez-les sur un appareil qui vous appartient.")
    String documents_text();

    @Message("{size} octets")
    String documents_size(long size);

    @Message("Empreinte SHA-256, pour vérifier que le fichier est bien celui que nous avons envoyé :")
    String documents_sha256();

    @Message("Reçue")
    String state_RECEIVED();

    @Message("En attente de votre réponse")
    String state_AWAITING_INFORMATION();

    @Message("En cours de traitement")
    String state_IN_PROGRESS();

    @Message("Décision prise, réponse en préparation")
    String state_DECIDED();

    @Message("Réponse envoyée")
    String state_ANSWERED();

    @Message("Dossier clos")
    String state_CLOSED();

    @Message("Retirée")
    String state_WITHDRAWN();

    @Message("Historique")
    String history_title();

    @Message("Demande reçue")
    String event_FILED();

    @Message("Nous avons besoin de confirmer votre identité")
    String event_REQUEST_IDENTITY();

    @Message("Nous avons besoin d'une précision")
    String event_REQUEST_CLARIFICATION();

    @Message("Votre réponse a été reçue")
    String event_INFORMATION_RECEIVED();

    @Message("Délai prolongé")
    String event_EXTEND();

    @Message("Réponse envoyée")
    String event_RESPOND();

    @Message("Dossier clos")
    String event_CLOSE();

    @Message("Retrait enregistré")
    String event_WITHDRAW();

    @Message("Levée de la limitation annoncée")
    String event_NOTIFY_LIFT();

    @Message("Limitation levée")
    String event_LIFT();

    @Message("Décision :")
    String detail_outcome();

    @Message("Fondement :")
    String detail_citation();

    @Message("Explication :")
    String detail_reasoning();

    @Message("Notre question :")
    String detail_reason();

    @Message("Votre réponse :")
    String detail_answer();

    @Message("Raison :")
    String detail_reasonText();

    @Message("Demande accordée")
    String outcome_GRANTED();

    @Message("Demande accordée en partie")
    String outcome_PARTIALLY_GRANTED();

    @Message("Demande refusée")
    String outcome_REFUSED();

    @Message("Ce droit ne s'applique pas à ce traitement")
    String outcome_NOT_APPLICABLE();

    @Message("Demande close faute de réponse")
    String outcome_LAPSED();

    @Message("Répondre à notre question")
    String answer_title();

    @Message("Votre réponse")
    String label_answer();

    @Message("Envoyer ma réponse")
    String answer_button();

    @Message("Retirer ma demande")
    String withdraw_title();

    @Message("Si vous n'en avez plus besoin, vous pouvez retirer votre demande : nous la clôturerons sans suite.")
    String withdraw_text();

    @Message("Retirer ma demande")
    String withdraw_button();

    @Message("Changer d'avis sur mon opposition")
    String withdrawOpposition_title();

    @Message("Vous pouvez retirer votre opposition : vos données pourront de nouveau servir à la recherche. Vous "
            + "pourrez vous opposer de nouveau à tout moment.")
    String withdrawOpposition_text();

    @Message("Retirer mon opposition")
    String withdrawOpposition_button();

    @Message("Ce lien de suivi a expiré")
    String expired_title();

    @Message("Indiquez l'adresse e-mail de votre demande : nous vous enverrons un nouveau lien pour chaque demande "
            + "en cours.")
    String expired_text();

    @Message("Recevoir un nouveau lien")
    String resend_button();

    @Message("Demande envoyée")
    String resent_title();

    @Message("Si cette adresse correspond à une demande en cours, vous allez recevoir un e-mail avec un nouveau lien.")
    String resent_text();

    @Message("Suivre ma demande")
    String continueToStatus();
}
