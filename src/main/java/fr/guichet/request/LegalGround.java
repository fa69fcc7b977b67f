package fr.guichet.request;

import static fr.guichet.catalog.Right.ACCESS;
import static fr.guichet.catalog.Right.ERASURE;
import static fr.guichet.catalog.Right.OPPOSITION;
import static fr.guichet.catalog.Right.PORTABILITY;

import java.util.EnumSet;
import java.util.Set;

import fr.guichet.catalog.Right;

/**
 * The grounds on which the desk may refuse, partly refuse or declare a right not applicable. Each names the text
 * it rests on, quoted in the letter to the person, and the rights it can answer.
 */
public enum LegalGround {
    /** Manifestly unfounded or excessive; DPO-only, interpreted narrowly. */
    ART_12_5("Art. 12(5) RGPD", EnumSet.allOf(Right.class)),
    /** A copy would adversely affect the rights and freedoms of others. */
    ART_15_4("Art. 15(4) RGPD", EnumSet.of(ACCESS, PORTABILITY)),
    ART_17_3_B("Art. 17(3)(b) RGPD", EnumSet.of(ERASURE)),
    ART_17_3_C("Art. 17(3)(c) RGPD", EnumSet.of(ERASURE)),
    /** Erasure would render impossible or seriously impair the research objectives. */
    ART_17_3_D("Art. 17(3)(d) RGPD", EnumSet.of(ERASURE)),
    ART_17_3_E("Art. 17(3)(e) RGPD", EnumSet.of(ERASURE)),
    /** Compelling legitimate grounds override the objection; the reasons must be given. */
    ART_21_1("Art. 21(1) RGPD", EnumSet.of(OPPOSITION)),
    /** Research carried out for reasons of public interest. */
    ART_21_6("Art. 21(6) RGPD", EnumSet.of(OPPOSITION)),
    /** A derogation of French or Union law; the decision must cite the text. */
    NATIONAL_DEROGATION("", EnumSet.allOf(Right.class)),
    /** The controller could not establish the person's identity. */
    ART_11_2("Art. 11(2) et 12(6) RGPD", EnumSet.allOf(Right.class)),
    /**
     * The processing's legal basis excludes the right (the only ground of NOT_APPLICABLE): no opposition nor
     * erasure under a legal obligation, portability only under consent or contract.
     */
    LEGAL_BASIS("", EnumSet.of(OPPOSITION, ERASURE, PORTABILITY));

    private final String article;
    private final Set<Right> answers;

    LegalGround(String article, Set<Right> answers) {
        this.article = article;
        this.answers = answers;
    }

    public boolean answers(Right right) {
        return answers.contains(right);
    }

    /** The text the letter cites; for grounds that depend on the case, built from the caller's citation. */
    public String citation(Right right, String citation) {
        return switch (this) {
            case NATIONAL_DEROGATION -> citation;
            case LEGAL_BASIS -> joined(switch (right) {
                case OPPOSITION -> "Art. 21(1) RGPD (traitement fondé sur l'art. 6(1)(c))";
                case ERASURE -> "Art. 17(3)(b) RGPD";
                default -> "Art. 20(1)(a) RGPD";
            }, citation);
            default -> joined(article, citation);
        };
    }

    private static String joined(String article, String citation) {
        return citation == null || citation.isBlank() ? article : article + " ; " + citation.trim();
    }
}
