package fr.guichet.desk.arrival;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the e-mails announcing arrivals: French here, English in messages/arrivalMail_en.properties. The
 * greeting, the field names shared with reminders and the footer are the deskMail bundle's. They name a request by
 * its reference only: never the requester, the data subject or what they wrote.
 */
@MessageBundle(value = "arrivalMail", locale = "fr")
public interface ArrivalMailMessages {

    @Message("{#when kind}"
            + "{#is WEB_FILING}Guichet : nouvelle demande {reference} déposée en ligne"
            + "{#is ANSWER}Guichet : le demandeur a répondu pour la demande {reference}"
            + "{#is WITHDRAWAL}Guichet : le demandeur a retiré la demande {reference}"
            + "{#is DELIVERY_FAILED}Guichet : échec de transmission à {partner} pour la demande {reference}"
            + "{/when}")
    String subject(ArrivalKind kind, String reference, String partner);

    @Message("{#when kind}"
            + "{#is WEB_FILING}Une demande déposée sur le formulaire en ligne vient d'être confirmée par son auteur. "
            + "Le délai de réponse court depuis sa réception."
            + "{#is ANSWER}Le demandeur a répondu à la question posée par le guichet. Sa réponse est sur la page de "
            + "la demande ; le délai suspendu reprend."
            + "{#is WITHDRAWAL}Le demandeur a retiré sa demande (ou son opposition) depuis sa page de suivi."
            + "{#is DELIVERY_FAILED}Un événement n'a pas pu être transmis au partenaire {partner} : toutes les "
            + "tentatives ont échoué. Un administrateur peut le renvoyer une fois le problème corrigé ; l'article 19 "
            + "du RGPD impose de prouver que chaque destinataire a été informé."
            + "{/when}")
    String what(ArrivalKind kind, String partner);

    @Message("Partenaire :")
    String partner();

    @Message("{#when kind}"
            + "{#is WEB_FILING}Demandes déposées en ligne :"
            + "{#is ANSWER}Réponses de demandeurs :"
            + "{#is WITHDRAWAL}Retraits :"
            + "{#is DELIVERY_FAILED}Échecs de transmission aux partenaires :"
            + "{/when}")
    String kindPlural(ArrivalKind kind);

    @Message("{#when kind}"
            + "{#is WEB_FILING}nouvelle demande en ligne"
            + "{#is ANSWER}réponse du demandeur"
            + "{#is WITHDRAWAL}retrait"
            + "{#is DELIVERY_FAILED}échec de transmission à {partner}"
            + "{/when}")
    String kindLine(ArrivalKind kind, String partner);

    @Message("Guichet : {total} nouveauté{#if total > 1}s{/if} sur vos demandes")
    String digest_subject(int total);

    @Message("Depuis le dernier récapitulatif, {total} nouveauté{#if total > 1}s{/if} attend{#if total > 1}ent{/if} "
            + "le guichet :")
    String digest_intro(int total);

    @Message("{#if dpoContact}Vous recevez ce message en tant que contact DPO de {controllerName} : le guichet ne "
            + "connaît l'adresse d'aucun membre de l'équipe qui en est chargé."
            + "{#else}Vous recevez ce message parce que vous êtes chargé(e) des demandes de {controllerName}.{/if} "
            + "Il n'est envoyé qu'une fois pour cet événement.")
    String why(boolean dpoContact, String controllerName);

    @Message("{#if dpoContact}Vous recevez ce récapitulatif en tant que contact DPO : le guichet ne connaît l'adresse "
            + "d'aucun membre de l'équipe chargée de ces demandes."
            + "{#else}Vous recevez ce récapitulatif parce que vous êtes chargé(e) de ces demandes.{/if} "
            + "Chaque événement n'y figure qu'une fois.")
    String digest_why(boolean dpoContact);
}
