package fr.guichet.catalog;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The organisation that answers requests: its DPO contact, time zone and holiday calendar. */
@Entity
@Table(name = "controllers")
public class Controller extends CatalogRecord {
    @Id
    public UUID id;
    public String name;
    @Column(name = "dpo_email")
    public String dpoEmail;
    @Column(name = "time_zone")
    public String timeZone;
    @Enumerated(EnumType.STRING)
    @Column(name = "holiday_calendar")
    public HolidayCalendar holidayCalendar;
    /** Language of the desk's notices to this controller's staff. */
    public String language;
    /** Where requesters write by post; printed as the sender on the desk's postal letters. */
    @Column(name = "postal_address")
    public String postalAddress;
}
