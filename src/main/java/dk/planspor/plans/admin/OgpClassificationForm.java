package dk.planspor.plans.admin;

import dk.planspor.plans.Commitment;
import dk.planspor.plans.OgpValue;
import dk.planspor.plans.PolicyArea;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The OGP classification of a commitment as the form sends it: OGP ID, policy areas, OGP values and the reason. */
record OgpClassificationForm(long version,
        @Pattern(regexp = "^$|^[A-Za-z]{2,4}\\d{1,6}$", message = "{validation.ogpId}") String ogpId,
        List<String> policyAreas, List<OgpValue> ogpValues,
        @NotBlank(message = "{validation.reason}") @Size(max = 4000) String reason) {

    OgpClassificationForm {
        policyAreas = policyAreas == null ? List.of() : List.copyOf(policyAreas);
        ogpValues = ogpValues == null ? List.of() : List.copyOf(ogpValues);
    }

    static OgpClassificationForm of(Commitment c) {
        return new OgpClassificationForm(c.version(), c.ogpId(), c.policyAreas().stream().map(PolicyArea::code).toList(),
                List.copyOf(c.ogpValues()), null);
    }

    OgpClassificationForm atVersion(long v) {
        return new OgpClassificationForm(v, ogpId, policyAreas, ogpValues, reason);
    }
}
