package fr.guichet.catalog;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A purpose/dataset of a controller, with its legal basis and the rights it admits. */
@Entity
@Table(name = "processings")
public class Processing extends CatalogRecord {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "controller_id")
    public Controller controller;
    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;
    /** The text that grounds the basis, cited in refusals (e.g. the decree creating a registry). */
    @Column(name = "legal_reference")
    public String legalReference;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    String[] rights;
    @Column(name = "opposition_requires_reason")
    public boolean oppositionRequiresReason;

    public Set<Right> rights() {
        Set<Right> set = EnumSet.noneOf(Right.class);
        Arrays.stream(rights).map(Right::valueOf).forEach(set::add);
        return set;
    }

    public void setRights(Set<Right> admitted) {
        this.rights = admitted.stream().sorted().map(Right::name).toArray(String[]::new);
    }
}
