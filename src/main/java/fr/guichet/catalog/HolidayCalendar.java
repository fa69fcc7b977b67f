package fr.guichet.catalog;

/** The public-holiday calendar that rolls a controller's legal deadlines forward (legal-rules.md §1). */
public enum HolidayCalendar {
    METROPOLITAN, ALSACE_MOSELLE, GUADELOUPE, MARTINIQUE, GUYANE, REUNION, MAYOTTE
}
