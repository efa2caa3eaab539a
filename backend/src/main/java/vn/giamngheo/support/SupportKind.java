package vn.giamngheo.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A kind of support in the catalogue, with what it addresses. */
@Entity
@Table(name = "support_kind")
public class SupportKind extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] indicators = new String[0];

    @Column(name = "addresses_income")
    public boolean addressesIncome;

    public String unit;

    public int position;
}
