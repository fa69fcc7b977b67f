package fr.guichet.desk.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the letters-to-print page (French; English in messages/letters_en.properties). */
@MessageBundle(value = "letters", locale = "fr")
public interface LettersPageMessages {

    @Message("Courriers à imprimer")
    String title();

    @Message("Les demandeurs sans adresse électronique reçoivent les courriers du bureau par la poste. Imprimez chaque courrier (PDF au format A4, adresse dans la fenêtre d'une enveloppe DL), postez-le, puis indiquez le jour de l'envoi : il est inscrit dans l'historique de la demande et le courrier quitte cette liste.")
    String intro();

    @Message("Aucun courrier à imprimer.")
    String empty();

    @Message("Demande {reference}")
    String request(String reference);

    @Message("{letter}, dû depuis le {date}")
    String owedSince(String letter, String date);

    @Message("Établissement : {name}")
    String establishment(String name);

    @Message("Imprimer (PDF)")
    String print();

    @Message("Posté le")
    String postedOn();

    @Message("Le jour où le courrier a été remis à la poste.")
    String postedOnHint();

    @Message("Enregistrer l'envoi")
    String markPosted();

    @Message("Courriers suivants")
    String nextPage();

    @Message("Corrigez ce point")
    String errorsTitle();

    @Message("Saisissez une date d'envoi valide.")
    String invalidDate();

    @Message("La date d'envoi ne peut être ni dans le futur, ni antérieure au jour où le courrier était dû.")
    String outOfRange();

    @Message("L'envoi de ce courrier était déjà enregistré.")
    String alreadyPosted();

    @Message("Ce lien de page n'est plus valable.")
    String invalidCursor();

    @Message("Envoi du courrier de la demande {reference} enregistré.")
    String posted(String reference);

    @Message("Retour à la première page")
    String firstPage();
}
