package dk.planspor.plans.admin;

import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.MilestoneEdit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Add or edit a milestone; dates are read by FuzzyDate. */
record MilestoneForm(
        long version,
        @NotBlank(message = "{validation.milestoneTitle}") @Size(max = 1000) String titleDa,
        @Size(max = 1000) String titleEn,
        @Size(max = 100) String start,
        @Size(max = 100) String end,
        @Size(max = 2000) String status,
        @NotBlank(message = "{validation.reason}") @Size(max = 4000) String reason) {

    MilestoneEdit toEdit() {
        return new MilestoneEdit(LocalizedText.of(titleDa, titleEn), start, end, status);
    }
}
