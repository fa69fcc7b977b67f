package fr.guichet.catalog;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import fr.guichet.platform.web.Page;

/** A research study feeding processings; its participants are known by pseudonymous codes. */
@Entity
@Table(name = "studies")
public class Study extends CatalogRecord {
    @Id
    public UUID id;
    public String name;
    public String code;
    @ElementCollection
    @CollectionTable(name = "study_processings", joinColumns = @JoinColumn(name = "study_id"))
    @Column(name = "processing_id")
    @BatchSize(size = Page.MAX_LIMIT)
    public Set<UUID> processingIds = new HashSet<>();
}
