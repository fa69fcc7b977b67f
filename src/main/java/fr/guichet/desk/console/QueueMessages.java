package fr.guichet.desk.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the DPO's queue page (/desk/requests): French here, English in messages/queue_en.properties. The
 * desk's codes (rights, statuses, channels, risks) come from {@link Vocabulary}.
 */
@MessageBundle(value = "queue", locale = "fr")
public interface QueueMessages {

    @Message("File des demandes")
    String title();

    @Message("Demandes en attente de réponse dans vos établissements")
    String countsTitle();

    @Message("Filtrer la file")
    String filtersTitle();

    @Message("Référence ou adresse électronique exacte")
    String q();

    @Message("Une adresse électronique n'est cherchée que si elle est complète ; chaque recherche par adresse est inscrite au journal des accès.")
    String qHint();

    @Message("Plus de filtres : attribution, droit, établissement, traitement, canal, délais, dates, statut, tri")
    String moreFilters();

    @Message("Attribution")
    String assignee();

    @Message("Toutes")
    String anyAssignee();

    @Message("Les miennes")
    String mine();

    @Message("Non attribuées")
    String unassigned();

    @Message("Statut (sans choix : toutes les demandes en attente de réponse)")
    String status();

    @Message("Droit exercé")
    String right();

    @Message("Établissement")
    String controller();

    @Message("Traitement")
    String processing();

    @Message("Canal de réception")
    String channel();

    @Message("Tous")
    String any();

    @Message("En retard")
    String overdue();

    @Message("Suspendue (attente d'une information)")
    String paused();

    @Message("Délai prolongé")
    String extended();

    @Message("Indifférent")
    String either();

    @Message("Oui")
    String yes();

    @Message("Non")
    String no();

    @Message("Reçue à partir du")
    String receivedFrom();

    @Message("Reçue jusqu'au")
    String receivedTo();

    @Message("Échéance au plus tard le")
    String dueBefore();

    @Message("Trier par")
    String sort();

    @Message("Échéance la plus proche")
    String sort_deadline();

    @Message("Réception la plus récente")
    String sort_received();

    @Message("Activité la plus récente")
    String sort_activity();

    @Message("Appliquer les filtres")
    String apply();

    @Message("Effacer les filtres")
    String clear();

    @Message("Demandes de la file, une par ligne")
    String caption();

    @Message("La table défile horizontalement sur un petit écran.")
    String scrollHint();

    @Message("Référence")
    String colReference();

    @Message("Droit")
    String colRight();

    @Message("Établissement")
    String colController();

    @Message("Traitements")
    String colProcessings();

    @Message("Statut")
    String colStatus();

    @Message("Urgence")
    String colRisk();

    @Message("Échéance")
    String colDue();

    @Message("Chargé·e du dossier")
    String colAssignee();

    @Message("Canal")
    String colChannel();

    @Message("Non attribuée")
    String nobody();

    @Message("Nouvelle")
    String newBadge();

    @Message("« Nouvelle » : demande enregistrée depuis votre visite précédente de cette page.")
    String newLegend();

    @Message("Aucune demande ne correspond à ces filtres.")
    String empty();

    @Message("Page suivante")
    String nextPage();

    @Message("Revenir au début de la file")
    String firstPage();

    @Message("échéance aujourd'hui")
    String dueToday();

    @Message("{days} jour restant")
    String dayLeft(long days);

    @Message("{days} jours restants")
    String daysLeft(long days);

    @Message("{days} jour de retard")
    String dayLate(long days);

    @Message("{days} jours de retard")
    String daysLate(long days);

    @Message("Le formulaire contient une erreur")
    String errorsTitle();

    @Message("Saisissez une date au format AAAA-MM-JJ, par exemple 2026-12-03.")
    String invalidDate();

    @Message("Cette date est antérieure à la date « Reçue à partir du ».")
    String invalidRange();

    @Message("Saisissez une référence de demande (par exemple GCH-2026-7KQ4M2, ou son début) ou une adresse électronique complète.")
    String invalidSearch();

    @Message("Choisissez une valeur de la liste.")
    String invalidChoice();

    @Message("Le lien de cette page n'est plus valable. Revenez au début de la file.")
    String invalidCursor();

    @Message("La recherche par adresse électronique est réservée aux délégués à la protection des données, car elle révèle qui a déposé une demande. Cherchez par référence.")
    String emailRefused();

    @Message("Avec les demandes cochées")
    String bulkLegend();

    @Message("Choisir la demande {reference}")
    String bulkSelect(String reference);

    @Message("Attribuer à")
    String bulkAssignTo();

    @Message("Attribuer les demandes cochées")
    String bulkAssign();

    @Message("Me les attribuer")
    String bulkAssignToMe();

    @Message("Commencer l'instruction des demandes cochées")
    String bulkStart();

    @Message("Aucune demande n'était cochée.")
    String bulkNothing();

    @Message("C'est fait pour {done} demande(s) ; {skipped} demande(s) n'étaient pas dans un état qui le permettait et n'ont pas changé.")
    String bulkDone(String done, String skipped);

    @Message("Choix")
    String colSelect();

    @Message("Personne")
    String nobodyOption();
}
