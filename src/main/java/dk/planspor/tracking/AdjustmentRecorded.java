package dk.planspor.tracking;

import dk.planspor.platform.PublicContentChanged;

/** An adjustment was recorded; other modules (feeds, search, notifications) may react. */
public record AdjustmentRecorded(Long adjustmentId, String planSlug, String commitmentNumber)
        implements PublicContentChanged {
}
