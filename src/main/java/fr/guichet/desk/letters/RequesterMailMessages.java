package fr.guichet.desk.letters;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the letters to requesters: French here, English in messages/requesterMail_en.properties. Plain
 * language for patients and families; no sentence may quote what the request says (legal-rules.md §4).
 */
@MessageBundle(value = "requesterMail", locale = "fr")
public interface RequesterMailMessages {

    @Message("Bonjour,")
    String greeting();

    @Message("Référence de votre demande : {reference}")
    String reference(String reference);

    @Message("Suivre votre demande")
    String followLink();

    @Message("Ce lien est personnel : ne le transférez pas. Il reste valable jusqu'au {date} ; chaque nouveau message "
            + "vous en donne un nouveau.")
    String linkValidity(String date);

    @Message("Le délégué à la protection des données – {controllerName}")
    String signature(String controllerName);

    @Message("Pour protéger vos données, ce message ne reprend pas le contenu de votre demande : vous le retrouverez "
            + "sur la page de suivi.")
    String noContent();

    // The printed letter's own lines: the date line and the subject line of a French business letter.
    @Message("Le {date}")
    String print_date(String date);

    @Message("Objet : {subject}")
    String print_subject(String subject);

    @Message("Page")
    String print_page();

    @Message("sur")
    String print_of();

    // Rights, as they complete "votre demande de …" / "your request for …".
    @Message("droit d'accès")
    String right_ACCESS();

    @Message("rectification")
    String right_RECTIFICATION();

    @Message("effacement")
    String right_ERASURE();

    @Message("limitation de l'utilisation de vos données")
    String right_LIMITATION();

    @Message("opposition à la réutilisation de vos données pour la recherche")
    String right_OPPOSITION();

    @Message("portabilité")
    String right_PORTABILITY();

    @Message("Votre demande {reference} a bien été reçue")
    String acknowledgement_subject(String reference);

    @Message("Nous avons bien reçu le {receiptDate} votre demande ({right}).")
    String acknowledgement_received(String receiptDate, String right);

    @Message("Nous vous répondrons au plus tard le {due}. Si votre demande est complexe, ce délai peut être prolongé "
            + "de deux mois : nous vous en informerions au plus tard à cette date, en vous expliquant pourquoi.")
    String acknowledgement_due(String due);

    @Message("Seule l'équipe du délégué à la protection des données connaît votre identité. Les chercheurs ne voient "
            + "que des codes. Exercer vos droits n'a aucune conséquence sur vos soins.")
    String acknowledgement_privacy();

    @Message("Demande {reference} : il nous manque une information")
    String informationRequest_subject(String reference);

    @Message("Pour traiter votre demande, nous avons besoin d'une précision ou d'une confirmation de votre identité. "
            + "La page de suivi vous dit ce qui manque ; vous pouvez y répondre directement.")
    String informationRequest_what();

    @Message("Le délai de réponse est suspendu jusqu'à ce que nous recevions votre réponse.")
    String informationRequest_paused();

    @Message("Demande {reference} : notre délai de réponse est prolongé")
    String extension_subject(String reference);

    @Message("Nous avons besoin de plus de temps pour vous répondre, en raison de la complexité de votre demande.")
    String extension_COMPLEXITY();

    @Message("Nous avons besoin de plus de temps pour vous répondre, en raison du nombre de demandes que nous "
            + "traitons en ce moment.")
    String extension_NUMBER_OF_REQUESTS();

    @Message("Comme le permet l'article 12(3) du RGPD, le délai est prolongé de deux mois : nous vous répondrons au "
            + "plus tard le {due}. Nos explications détaillées sont sur la page de suivi.")
    String extension_due(String due);

    @Message("Demande {reference} : notre réponse")
    String answer_subject(String reference);

    @Message("Nous avons fait droit à votre demande ({right}).")
    String answer_granted(String right);

    @Message("Nous avons fait droit à une partie seulement de votre demande ({right}).")
    String answer_partiallyGranted(String right);

    @Message("Nous ne pouvons pas faire droit à votre demande ({right}).")
    String answer_refused(String right);

    @Message("Ce droit ({right}) ne s'applique pas au traitement de données concerné.")
    String answer_notApplicable(String right);

    @Message("Notre réponse et, s'il y en a, les documents qui l'accompagnent sont sur la page de suivi.")
    String answer_where();

    @Message("Nous informons de cette décision les destinataires de vos données, qui doivent l'appliquer.")
    String answer_partnersTold();

    @Message("Motif : {ground} ({citation}). Le détail de notre décision est sur la page de suivi.")
    String refusal_ground(String ground, String citation);

    // The ground in plain words, as it completes "Motif : …".
    @Message("la demande est manifestement infondée ou excessive")
    String ground_ART_12_5();

    @Message("la communication porterait atteinte aux droits d'autres personnes")
    String ground_ART_15_4();

    @Message("la loi nous oblige à conserver ces données")
    String ground_ART_17_3_B();

    @Message("ces données sont conservées pour des motifs d'intérêt public dans le domaine de la santé publique")
    String ground_ART_17_3_C();

    @Message("l'effacement compromettrait gravement les objectifs de la recherche")
    String ground_ART_17_3_D();

    @Message("ces données sont nécessaires à la constatation, à l'exercice ou à la défense de droits en justice")
    String ground_ART_17_3_E();

    @Message("des motifs légitimes et impérieux justifient de poursuivre le traitement")
    String ground_ART_21_1();

    @Message("cette recherche est menée pour des motifs d'intérêt public")
    String ground_ART_21_6();

    @Message("un texte de loi écarte ce droit pour ce traitement")
    String ground_NATIONAL_DEROGATION();

    @Message("nous n'avons pas pu vérifier votre identité")
    String ground_ART_11_2();

    @Message("la base légale de ce traitement exclut ce droit")
    String ground_LEGAL_BASIS();

    @Message("Si vous n'êtes pas d'accord, vous pouvez :")
    String remedies_intro();

    @Message("adresser une réclamation à la CNIL (Commission nationale de l'informatique et des libertés), en ligne "
            + "sur https://www.cnil.fr/fr/plaintes ou par courrier : CNIL, 3 place de Fontenoy, TSA 80715, "
            + "75334 Paris Cedex 07 ;")
    String remedies_cnil();

    @Message("saisir la justice (recours juridictionnel, article 79 du RGPD) ;")
    String remedies_court();

    @Message("nous écrire de nouveau : le délégué à la protection des données réexaminera votre demande.")
    String remedies_dpo();

    @Message("Demande {reference} : clôturée sans réponse de votre part")
    String lapsed_subject(String reference);

    @Message("Nous n'avons pas reçu l'information que nous vous avions demandée. Nous ne pouvons donc pas donner "
            + "suite à votre demande, et nous l'avons close. Vous pouvez en déposer une nouvelle à tout moment.")
    String lapsed_what();

    @Message("Demande {reference} : retrait enregistré")
    String withdrawal_subject(String reference);

    @Message("Vous avez retiré votre demande ({right}) : nous l'avons close sans y donner suite. Vous pouvez en "
            + "déposer une nouvelle à tout moment.")
    String withdrawal_what(String right);

    @Message("Demande {reference} : vous avez retiré votre opposition")
    String oppositionWithdrawn_subject(String reference);

    @Message("Vous avez retiré votre opposition : vos données peuvent de nouveau être réutilisées pour la recherche "
            + "dans ce cadre. Nous en informons les destinataires de vos données. Vous pouvez vous opposer de "
            + "nouveau à tout moment, sans avoir à vous justifier.")
    String oppositionWithdrawn_what();

    @Message("Demande {reference} : la limitation de vos données va être levée")
    String liftNotice_subject(String reference);

    @Message("La limitation de l'utilisation de vos données, mise en place à votre demande, va être levée. L'article "
            + "18(3) du RGPD nous demande de vous en informer avant. Si vous avez des questions, répondez-nous depuis "
            + "la page de suivi.")
    String liftNotice_what();

    @Message("Demande {reference} : dossier clos")
    String closure_subject(String reference);

    @Message("Le traitement de votre demande ({right}) est terminé et le dossier est clos. Notre réponse reste "
            + "consultable sur la page de suivi.")
    String closure_what(String right);

    @Message("Confirmez votre demande {reference}")
    String confirmation_subject(String reference);

    @Message("Vous venez de déposer une demande sur notre formulaire. Pour que nous puissions la traiter, confirmez "
            + "qu'il s'agit bien de votre adresse e-mail en ouvrant le lien ci-dessous puis en cliquant sur "
            + "« Confirmer ». Votre demande est datée du moment où vous l'avez envoyée.")
    String confirmation_what();

    @Message("Si vous n'avez rien demandé, ignorez ce message : sans confirmation, la demande est effacée.")
    String confirmation_notYou();

    @Message("Confirmer ma demande")
    String confirmation_link();

    @Message("Ce lien ne sert qu'une fois et reste valable jusqu'au {date} à {time}.")
    String confirmation_validity(String date, String time);

    @Message("Demande {reference} : votre lien de suivi")
    String statusLink_subject(String reference);

    @Message("Vous avez demandé à recevoir de nouveau le lien de suivi de votre demande. Le voici.")
    String statusLink_what();
}
