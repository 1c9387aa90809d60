package dk.planspor.standards.api;

import dk.planspor.standards.StandardsCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The standards check as JSON. */
@RestController
@Tag(name = "Standards", description = "OGP Co-Creation and Participation Standards: minimum requirements per plan cycle")
class StandardsApiController {

    private final StandardsCheck standards;

    StandardsApiController(StandardsCheck standards) {
        this.standards = standards;
    }

    @GetMapping(path = "/api/v1/plans/{slug}/standards", produces = "application/json")
    @Operation(summary = "Each minimum requirement of a plan cycle: MET, NOT_MET or PENDING, what was measured, evidence")
    Map<String, Object> check(@PathVariable String slug) {
        return standards.document(standards.check(slug));
    }
}
