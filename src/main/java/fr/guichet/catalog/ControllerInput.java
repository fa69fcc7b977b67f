package fr.guichet.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.guichet.platform.mail.MailAddress;

/** What an admin sends to create or replace a controller. */
public record ControllerInput(
        // The name goes into mail subjects: a line break would make the DPO's notice unsendable.
        @NotBlank @Size(max = 200) @Pattern(regexp = "\\P{Cntrl}*",
                message = "must be one line, without control characters") String name,
        @NotBlank @MailAddress @Size(max = 254) String dpoEmail,
        @NotBlank @Size(max = 64) String timeZone,
        @NotNull HolidayCalendar holidayCalendar,
        @Pattern(regexp = "fr|en", message = "must be fr or en") String language,
        @Size(max = 500) String postalAddress) {
}
