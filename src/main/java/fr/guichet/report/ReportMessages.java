package fr.guichet.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the printable report: French here, English in messages/report_en.properties. */
@MessageBundle(value = "report", locale = "fr")
public interface ReportMessages {

    @Message("Rapport des délais de réponse")
    String title();

    @Message("Demandes reçues du {from} au {to}")
    String period(String from, String to);

    @Message("Calculé le {at} (UTC). Les dates sont celles du fuseau de chaque responsable de traitement.")
    String generatedAt(String at);

    @Message("Indicateurs de la période")
    String headline();

    @Message("Indicateur")
    String indicator();

    @Message("Valeur")
    String value();

    @Message("Demandes reçues")
    String received();

    @Message("Demandes répondues")
    String answered();

    @Message("Répondues en un mois (% des réponses)")
    String withinOneMonth();

    @Message("Répondues en trois mois (% des réponses)")
    String withinThreeMonths();

    @Message("Répondues dans le délai applicable (% des réponses)")
    String onTime();

    @Message("En retard aujourd'hui")
    String overdueNow();

    @Message("Taux de prolongation (% des demandes reçues)")
    String extensionRate();

    @Message("Taux de refus (% des réponses)")
    String refusalRate();

    @Message("Délai médian de réponse (jours)")
    String medianDays();

    @Message("90e centile du délai de réponse (jours)")
    String p90Days();

    @Message("Refus par motif")
    String refusalsByGround();

    @Message("Motif")
    String ground();

    @Message("Nombre")
    String count();

    @Message("Par mois de réception")
    String byMonth();

    @Message("Mois")
    String month();

    @Message("Propagation aux partenaires")
    String propagation();

    @Message("Partenaire")
    String partner();

    @Message("Événements")
    String events();

    @Message("Accusés de réception")
    String acknowledged();

    @Message("Dispensés")
    String exempt();

    @Message("Sans accusé, délai dépassé")
    String pastSla();

    @Message("Médiane (heures)")
    String medianHours();

    @Message("95e centile (heures)")
    String p95Hours();

    @Message("Aucune demande reçue sur la période.")
    String noRequests();

    @Message("Aucun événement partenaire sur la période.")
    String noEvents();

    @Message("Volume mensuel et taux de réponse dans le délai")
    String chartTitle();

    @Message("Barres : demandes reçues par mois. Points : pourcentage des réponses envoyées dans le délai applicable.")
    String chartDescription();

    @Message("Aucune donnée à représenter.")
    String chartEmpty();

    @Message("Exports CSV")
    String exports();

    @Message("Indicateurs par mois (CSV)")
    String summaryCsv();

    @Message("Registre des demandes (CSV)")
    String registerCsv();

    @Message("« En un mois » : réponse au plus tard à la date de réception plus un mois civil, sans report ni "
            + "suspension. « Dans le délai applicable » : au plus tard à l'échéance effective (suspensions, "
            + "prolongation et report au jour ouvré suivant compris).")
    String definitions();
}
