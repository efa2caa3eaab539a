package vn.giamngheo.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A province or commune from the official unit list. */
@Entity
@Table(name = "admin_unit")
public class AdminUnit extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public UnitLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type")
    public UnitType unitType;

    public String name;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "full_name_en")
    public String fullNameEn;

    @Column(name = "search_name")
    public String searchName;

    @Column(name = "province_code")
    public String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_type")
    public AreaType areaType;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "successor_code")
    public String successorCode;

    public boolean isCommune() {
        return level == UnitLevel.COMMUNE;
    }

    public boolean isProvince() {
        return level == UnitLevel.PROVINCE;
    }
}
