package vn.giamngheo.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A day off by law (or a compensatory day): durations in working days skip it. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday extends PanacheEntityBase {

    @Id
    public LocalDate day;

    public String name;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
