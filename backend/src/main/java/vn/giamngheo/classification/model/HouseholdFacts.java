package vn.giamngheo.classification.model;

import java.math.BigDecimal;
import java.util.Set;
import vn.giamngheo.classification.model.Facts.InformationDevice;
import vn.giamngheo.classification.model.Facts.LatrineType;
import vn.giamngheo.classification.model.Facts.WasteDisposal;
import vn.giamngheo.classification.model.Facts.WaterSource;

/**
 * Facts about the dwelling and the household as a whole. Every field is optional: an indicator
 * whose facts are missing is reported as undetermined, never guessed.
 *
 * @param wallsDurable the walls are of durable materials
 * @param pillarsDurable the pillars (or load-bearing walls) are of durable materials
 * @param roofDurable the roof is of durable materials
 * @param floorAreaM2 floor area of the dwelling in m²
 * @param waterSource main source of drinking water
 * @param latrineType the latrine the household uses
 * @param wasteDisposal how household waste is disposed of
 * @param internetUse at least one member uses an internet service
 * @param phoneSubscription at least one member has a phone subscription
 * @param informationDevices devices for access to information the household has
 * @param communityLoudspeaker the household hears the commune's or village's loudspeaker system
 */
public record HouseholdFacts(
        Boolean wallsDurable,
        Boolean pillarsDurable,
        Boolean roofDurable,
        BigDecimal floorAreaM2,
        WaterSource waterSource,
        LatrineType latrineType,
        WasteDisposal wasteDisposal,
        Boolean internetUse,
        Boolean phoneSubscription,
        Set<InformationDevice> informationDevices,
        Boolean communityLoudspeaker) {

    public static final HouseholdFacts NONE =
            new HouseholdFacts(null, null, null, null, null, null, null, null, null, null, null);
}
