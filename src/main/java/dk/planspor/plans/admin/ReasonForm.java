package dk.planspor.plans.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A change that needs nothing but a reason (move or remove a milestone). */
record ReasonForm(long version, @NotBlank(message = "{validation.reason}") @Size(max = 4000) String reason) {
}
