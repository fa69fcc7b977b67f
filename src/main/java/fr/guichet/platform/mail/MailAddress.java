package fr.guichet.platform.mail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An address the desk's mailer can write to: a dot-atom local part, {@code @}, and a domain name of at least two
 * labels. Stricter than RFC 5322 on purpose: a quoted local part ({@code "a b"@b.example}), an address literal or a
 * bare host pass {@code @Email} but are refused by mail relays, and a confirmation that never arrives is a filing
 * lost without anyone knowing. Null is valid (use {@code @NotBlank} to require one).
 */
@Documented
@Constraint(validatedBy = MailAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface MailAddress {

    String message() default "must be an e-mail address such as name@example.org";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, for a form that checks an address before it builds a request. */
    final class Validator implements ConstraintValidator<MailAddress, String> {

        private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
        private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
        private static final Pattern ADDRESS = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\."
                + LABEL + ")+");

        public static boolean valid(String address) {
            return address == null || address.length() <= 254 && ADDRESS.matcher(address.strip()).matches();
        }

        @Override
        public boolean isValid(String address, ConstraintValidatorContext context) {
            return valid(address);
        }
    }
}
