package dk.planspor.assessment.admin;

import dk.planspor.assessment.RoundKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator opens a round: plan, kind and deadline. */
record OpenRoundForm(@NotBlank String plan, @NotNull RoundKind kind,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
}
