package fr.guichet.platform.web.staff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the staff pages' shell (sign-in, sign-out, errors, home): French here, English in
 * messages/staff_en.properties. Staff are lawyers and assistants: words, never codes.
 */
@MessageBundle(value = "staff", locale = "fr")
public interface StaffMessages {

    @Message("fr")
    String lang();

    @Message("Guichet — espace du personnel")
    String site();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("Aller au contenu")
    String skipToContent();

    @Message("Se déconnecter")
    String signOut();

    @Message("Vous êtes déconnecté")
    String signedOutTitle();

    @Message("Vous avez quitté l'espace du personnel. Pensez à fermer le navigateur sur un poste partagé.")
    String signedOutText();

    @Message("Votre session a pris fin après une période sans activité. Reconnectez-vous pour continuer.")
    String idleText();

    @Message("Se connecter")
    String signIn();

    @Message("La connexion n'a pas abouti")
    String signInFailedTitle();

    @Message("Le retour depuis le service d'identité de votre organisation n'a pas pu être vérifié (lien expiré, déjà utilisé ou ouvert dans un autre onglet). Recommencez la connexion.")
    String signInFailedText();

    @Message("Accès refusé")
    String forbiddenTitle();

    @Message("Votre compte n'a pas de rôle qui ouvre cette page. Demandez à un administrateur du guichet de vous attribuer le rôle qui convient.")
    String forbiddenText();

    @Message("Page introuvable")
    String notFoundTitle();

    @Message("Cette page n'existe pas, ou elle concerne un établissement dont vous n'avez pas la charge.")
    String notFoundText();

    @Message("Revenir à l'accueil du personnel")
    String backHome();

    @Message("Accueil du personnel")
    String homeTitle();

    @Message("Connecté en tant que")
    String signedInAs();

    @Message("Vos rôles")
    String yourRoles();

    @Message("Délégué à la protection des données (traitement des demandes)")
    String role_dpo();

    @Message("Chargé de conformité (rapports, registre, journal d'audit)")
    String role_compliance();

    @Message("Administrateur (catalogue, partenaires, habilitations)")
    String role_admin();

    @Message("Établissements dont vous avez la charge")
    String yourControllers();

    @Message("Tous les établissements de la fédération")
    String allControllers();

    @Message("Aucun établissement ne vous est encore attribué : vous ne voyez aucune demande. Demandez à un administrateur du guichet de vous habiliter.")
    String noControllers();

    @Message("Ce que vous pouvez faire")
    String whatYouCanDo();

    @Message("Rapport des délais (imprimable)")
    String deadlineReport();

    @Message("Registre des demandes des douze derniers mois (CSV, tableur)")
    String registerCsv();

    @Message("Les habilitations du personnel et le catalogue se gèrent pour l'instant par l'API d'administration (voir la documentation du guichet).")
    String adminByApi();
}
