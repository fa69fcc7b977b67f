package fr.guichet.catalog;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the catalogue's e-mails: French here, English in messages/catalogMail_en.properties. */
@MessageBundle(value = "catalogMail", locale = "fr")
public interface CatalogMailMessages {

    @Message("Guichet : vous êtes le contact DPO de {controllerName}")
    String dpoContactNotice_subject(String controllerName);

    @Message("Bonjour,")
    String greeting();

    @Message("Cette adresse vient d'être enregistrée comme contact du délégué à la protection des données de "
            + "{controllerName} sur Guichet, le guichet des droits des patients.")
    String dpoContactNotice_registered(String controllerName);

    @Message("Vous recevrez à cette adresse les alertes d'échéance et les demandes qui attendent une réponse.")
    String dpoContactNotice_what();

    @Message("Si cette adresse n'est pas la bonne, prévenez l'administrateur de Guichet de votre organisation.")
    String dpoContactNotice_mistake();

    @Message("Le guichet : {deskUrl}")
    String dpoContactNotice_desk(String deskUrl);

    @Message("Ce message automatique ne contient aucune donnée de patient.")
    String noPatientData();
}
