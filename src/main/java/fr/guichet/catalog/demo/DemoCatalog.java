package fr.guichet.catalog.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import fr.guichet.catalog.ControllerInput;
import fr.guichet.catalog.ControllerService;
import fr.guichet.catalog.HolidayCalendar;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PartnerInput;
import fr.guichet.catalog.PartnerService;
import fr.guichet.catalog.ProcessingInput;
import fr.guichet.catalog.ProcessingService;
import fr.guichet.catalog.Right;
import fr.guichet.catalog.StudyInput;
import fr.guichet.catalog.StudyService;
import fr.guichet.catalog.staff.StaffGrantInput;
import fr.guichet.catalog.staff.StaffGrantService;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.DevTokens;
import fr.guichet.platform.web.PageRequest;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only (the bean does not exist in a production build): a small, realistic catalogue so that the
 * form and the queue are not empty on a newcomer's first start. Loaded through the services, so it obeys
 * every rule an admin's input does.
 */
@IfBuildProfile("dev")
public class DemoCatalog {

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class);

    private final ControllerService controllers;
    private final ProcessingService processings;
    private final StudyService studies;
    private final PartnerService partners;
    private final StaffGrantService grants;

    DemoCatalog(ControllerService controllers, ProcessingService processings, StudyService studies,
            PartnerService partners, StaffGrantService grants) {
        this.grants = grants;
        this.controllers = controllers;
        this.processings = processings;
        this.studies = studies;
        this.partners = partners;
    }

    void load(@Observes StartupEvent startup) {
        if (!controllers.list(PageRequest.of(null, "1", 2)).items().isEmpty()) {
            return;
        }
        UUID federation = controllers.create(new ControllerInput("Fédération des centres de lutte contre le cancer",
                "dpo@federation.example", "Europe/Paris", HolidayCalendar.METROPOLITAN, "fr",
                "Délégué à la protection des données\n101 rue de Tolbiac\n75013 Paris")).id();
        UUID strasbourg = controllers.create(new ControllerInput("Centre de lutte contre le cancer de Strasbourg",
                "dpo@ccc-strasbourg.example", "Europe/Paris", HolidayCalendar.ALSACE_MOSELLE, "fr",
                "Délégué à la protection des données\n17 rue Albert Calmette\n67033 Strasbourg Cedex")).id();

        Set<Right> researchRights = EnumSet.of(Right.ACCESS, Right.RECTIFICATION, Right.ERASURE, Right.LIMITATION,
                Right.OPPOSITION);
        UUID weshare = processings.create(new ProcessingInput(federation, "Entrepôt WeShare — qualité de vie",
                "Réutilisation des questionnaires de qualité de vie des études de la fédération.",
                LegalBasis.PUBLIC_TASK, "RGPD art. 6(1)(e) ; MR-004", researchRights, false)).id();
        UUID odh = processings.create(new ProcessingInput(federation, "OncoDataHub — données cliniques",
                "Entrepôt de données cliniques et de parcours de soins pour la recherche.",
                LegalBasis.LEGITIMATE_INTEREST, "RGPD art. 6(1)(f) ; autorisation CNIL", researchRights, true)).id();
        UUID registry = processings.create(new ProcessingInput(strasbourg, "Registre des cancers du Bas-Rhin",
                "Enregistrement exhaustif des nouveaux cas de cancer du département.", LegalBasis.LEGAL_OBLIGATION,
                "Code de la santé publique, art. R1415-2-6",
                EnumSet.of(Right.ACCESS, Right.RECTIFICATION, Right.LIMITATION), false)).id();

        studies.create(new StudyInput("Qualité de vie après cancer du sein", "QOL-SEIN-2", Set.of(weshare)));
        studies.create(new StudyInput("Cohorte poumon — immunothérapie", "ODH-POUMON-IO", Set.of(odh, weshare)));
        studies.create(new StudyInput("Registre Bas-Rhin 2020-2025", "REG67-2020", Set.of(registry)));

        partners.create(new PartnerInput("weshare-warehouse", "WeShare (entrepôt)", Set.of(weshare), null));
        partners.create(new PartnerInput("odh-warehouse", "OncoDataHub (entrepôt)", Set.of(odh), null));

        // The demo staff of the dev identity provider (DevTokens): the federation answers for both, the centre for itself.
        grants.replace(DevTokens.FEDERATION_DPO, new StaffGrantInput(List.of(), true), CurrentActor.SYSTEM);
        grants.replace(DevTokens.CENTRE_DPO, new StaffGrantInput(List.of(strasbourg), false), CurrentActor.SYSTEM);
        grants.replace(DevTokens.COMPLIANCE_OFFICER, new StaffGrantInput(List.of(), true), CurrentActor.SYSTEM);
        grants.replace(DevTokens.ADMINISTRATOR, new StaffGrantInput(List.of(), true), CurrentActor.SYSTEM);
        LOG.info("Demo catalogue loaded: 2 controllers, 3 processings, 3 studies, 2 partners, 4 staff grants.");
    }
}
