package fr.guichet.catalog;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The organisation that answers requests: its DPO contact, time zone and holiday calendar. */
@Entity
@Table(name = "controllers")
public class Controller extends PanacheEntityBase {
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
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
