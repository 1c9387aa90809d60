package dk.planspor.plans.api;

import dk.planspor.plans.PlanCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON API v1 for plans and commitments (see DESIGN.md §4). */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = "application/json")
@Tag(name = "Plans", description = "Denmark's OGP action plans, themes and commitments")
class PlanApiController {

    private final PlanCatalog catalog;

    private final dk.planspor.plans.IrmRecord irm;

    PlanApiController(PlanCatalog catalog, dk.planspor.plans.IrmRecord irm) {
        this.catalog = catalog;
        this.irm = irm;
    }

    @GetMapping
    @Operation(summary = "All action plans, newest first")
    List<PlanDtos.PlanListItem> plans() {
        return catalog.plans().stream().map(PlanDtos.PlanListItem::of).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One plan with its themes and commitment summaries")
    PlanDtos.PlanDetail plan(@PathVariable String slug) {
        PlanCatalog.PlanOverview overview = catalog.overview(slug);
        return PlanDtos.PlanDetail.of(overview, irm.ofPlan(overview.plan()));
    }

    @GetMapping("/{slug}/commitments/{number}")
    @Operation(summary = "One commitment in full, with the field names of the import document")
    PlanDtos.CommitmentDetail commitment(@PathVariable String slug, @PathVariable String number) {
        dk.planspor.plans.Commitment c = catalog.commitment(slug, number);
        return PlanDtos.CommitmentDetail.of(c, irm.ofCommitment(c));
    }
}
