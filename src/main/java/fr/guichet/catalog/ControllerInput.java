package fr.guichet.catalog;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin sends to create or replace a controller. */
public record ControllerInput(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String dpoEmail,
        @NotBlank @Size(max = 64) String timeZone,
        @NotNull HolidayCalendar holidayCalendar,
        @Pattern(regexp = "fr|en", message = "must be fr or en") String language,
        @Size(max = 500) String postalAddress) {
}
