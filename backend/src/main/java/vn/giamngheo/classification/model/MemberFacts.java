package vn.giamngheo.classification.model;

import java.time.LocalDate;
import vn.giamngheo.classification.model.Facts.EducationLevel;
import vn.giamngheo.classification.model.Facts.EmploymentStatus;
import vn.giamngheo.classification.model.Facts.LabourCapacity;
import vn.giamngheo.classification.model.Facts.NutritionStatus;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.classification.model.Facts.Sex;

/**
 * Facts about one member of the household. Optional fields left null make the indicators that
 * need them undetermined rather than guessed; the status flags (social allowance, disability,
 * meritorious) left null mean no, as an empty tick box on the paper form.
 *
 * @param name full name, used in explanations
 * @param ethnicity code in the official list of 54 ethnic groups ("01" = Kinh)
 * @param monthlySocialAllowance receives a monthly social allowance (elderly or disabled)
 * @param attendingSchool currently attends school or training
 * @param meritorious a person with meritorious service to the revolution (người có công)
 * @param sickWithoutCare was ill or injured and did not get medical care (Quyết định 59/2015)
 */
public record MemberFacts(
        String name,
        LocalDate birthDate,
        Sex sex,
        String ethnicity,
        RelationToHead relationToHead,
        LabourCapacity labourCapacity,
        EmploymentStatus employment,
        Boolean monthlySocialAllowance,
        Boolean disabled,
        NutritionStatus nutrition,
        Boolean healthInsurance,
        Boolean attendingSchool,
        EducationLevel highestEducation,
        Boolean meritorious,
        Boolean sickWithoutCare) {
}
