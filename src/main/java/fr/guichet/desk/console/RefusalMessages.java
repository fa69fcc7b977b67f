package fr.guichet.desk.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The domain's refusals as staff read them, one message per refusal code, named after it (French; English in
 * messages/refusal_en.properties). {@link Refusals} picks the message for a code.
 */
@MessageBundle(value = "refusal", locale = "fr")
public interface RefusalMessages {

    @Message("Cette action n'est pas possible dans l'état actuel de la demande.")
    String NOT_ALLOWED_NOW();

    @Message("Le délai de cette demande a déjà été prolongé : le RGPD ne permet qu'une prolongation (article 12, paragraphe 3).")
    String ALREADY_EXTENDED();

    @Message("Aucune opposition issue de cette demande n'est en vigueur : il n'y a rien à retirer.")
    String NO_OPPOSITION_IN_FORCE();

    @Message("Aucune limitation issue de cette demande n'est en vigueur : il n'y a rien à lever.")
    String NO_RESTRICTION_IN_FORCE();

    @Message("La personne doit être prévenue avant la levée de la limitation (article 18, paragraphe 3) : enregistrez d'abord cet avis.")
    String LIFT_NOT_ANNOUNCED();

    @Message("Des partenaires n'ont ni confirmé avoir appliqué la décision, ni été dispensés : la demande ne peut pas encore être close.")
    String PARTNERS_NOT_SETTLED();

    @Message("Cette demande est terminée : elle ne peut plus être attribuée.")
    String NO_LONGER_HANDLED();

    @Message("Les documents de réponse se joignent pendant la préparation de la réponse : une fois la demande commencée, avant l'envoi de la réponse.")
    String DOCUMENTS_NOT_NOW();

    @Message("Cette date est dans le futur : indiquez quand l'action a réellement eu lieu.")
    String AT_IN_FUTURE();

    @Message("Cette date précède la réception de la demande.")
    String AT_BEFORE_RECEIPT();

    @Message("Cette date précède le dernier événement de l'historique : enregistrez les événements dans l'ordre où ils ont eu lieu.")
    String AT_BEFORE_LAST_EVENT();

    @Message("Écrivez votre question : le demandeur doit savoir quelle information ou quel justificatif vous attendez (doute raisonnable, article 12, paragraphe 6).")
    String QUESTION_REQUIRED();

    @Message("Indiquez quelle information n'est jamais arrivée : le demandeur sera informé de la clôture de sa demande.")
    String LAPSE_REASON_REQUIRED();

    @Message("Écrivez la note.")
    String NOTE_REQUIRED();

    @Message("Choisissez le motif de la prolongation.")
    String EXTENSION_REASON_REQUIRED();

    @Message("Expliquez la prolongation : l'avis doit en donner la raison au demandeur (article 12, paragraphe 3).")
    String EXTENSION_TEXT_REQUIRED();

    @Message("Il est trop tard pour prolonger : l'avis de prolongation devait partir dans le mois qui suit la réception de la demande (article 12, paragraphe 3).")
    String TOO_LATE_TO_EXTEND();

    @Message("Choisissez la décision.")
    String OUTCOME_REQUIRED();

    @Message("Une demande restée sans réponse du demandeur ne se décide pas : elle se clôt.")
    String LAPSED_NOT_DECIDED();

    @Message("Une demande entièrement accordée ne refuse rien : ne choisissez aucun fondement de refus.")
    String GRANT_HAS_NO_GROUND();

    @Message("Choisissez le fondement du refus : un refus, même partiel, doit indiquer sa base légale (article 12, paragraphe 4).")
    String GROUND_REQUIRED();

    @Message("Écrivez la motivation : un refus, même partiel, doit être motivé auprès du demandeur (article 12, paragraphe 4).")
    String REASONING_REQUIRED();

    @Message("Ce fondement ne peut pas justifier un refus du droit exercé dans cette demande.")
    String GROUND_NOT_FOR_RIGHT();

    @Message("La décision « Sans objet » va avec le fondement « La base légale du traitement exclut ce droit », et seulement avec lui.")
    String NOT_APPLICABLE_GOES_WITH_LEGAL_BASIS();

    @Message("Citez le texte national qui prévoit la dérogation.")
    String CITATION_REQUIRED();

    @Message("Aucun traitement de cette demande n'a une base légale qui exclut ce droit : ce fondement ne s'applique pas.")
    String NO_BASIS_EXCLUDES_RIGHT();

    @Message("La base légale de chacun des traitements concernés exclut ce droit : décidez « Sans objet » avec le fondement « La base légale du traitement exclut ce droit ».")
    String EVERY_BASIS_EXCLUDES_RIGHT();

    @Message("Un des traitements choisis ne fait pas partie de cette demande.")
    String PROCESSING_NOT_IN_REQUEST();

    @Message("La base légale d'un des traitements choisis exclut ce droit.")
    String PROCESSING_EXCLUDES_RIGHT();

    @Message("Cette demande indique déjà son étude et son code participant : ils ne peuvent pas être changés.")
    String PARTICIPANT_ALREADY_KNOWN();

    @Message("Choisissez l'étude qui a attribué ce code participant.")
    String CODE_NEEDS_STUDY();

    @Message("Cette étude n'est pas connue du guichet.")
    String UNKNOWN_STUDY();

    @Message("Cette étude n'alimente aucun des traitements de cette demande.")
    String STUDY_NOT_IN_SCOPE();

    @Message("Ce type de fichier n'est pas accepté : joignez un fichier PDF, JSON, CSV, XML ou ZIP.")
    String TYPE_NOT_ACCEPTED();

    @Message("Choisissez un fichier : aucun fichier n'a été reçu, ou il est vide.")
    String EMPTY();

    @Message("Ce fichier est trop volumineux : 10 Mo au plus.")
    String TOO_LARGE();

    @Message("Cette action n'a pas pu être enregistrée.")
    String refused();

    @Message("Ce texte est trop long : {max} caractères au plus.")
    String tooLong(String max);

    @Message("Ce code ne peut contenir que des lettres sans accent, des chiffres, des points, des tirets et des soulignés, et commence par une lettre ou un chiffre.")
    String badCode();

    @Message("Cette valeur n'est pas acceptée.")
    String notAccepted();
}
