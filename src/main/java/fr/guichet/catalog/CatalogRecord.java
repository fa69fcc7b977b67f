package fr.guichet.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What every catalogue row keeps: when it was created and last changed, and a version for optimistic locking. */
@MappedSuperclass
public abstract class CatalogRecord extends PanacheEntityBase {
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
