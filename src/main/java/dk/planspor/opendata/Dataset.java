package dk.planspor.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The published datasets and their fields. Each field's description is a message key
 * {@code opendata.field.<dataset>.<name>} in Danish and English; the data page lists them.
 */
public enum Dataset {
    PLANS("plans", false, "slug", "title_da", "title_en", "period_from", "period_to", "state", "commitment_count", "url"),
    COMMITMENTS("commitments", true, "plan", "number", "theme", "theme_title_da", "theme_title_en", "title_da",
            "title_en", "lead_agency", "period", "period_from", "period_to", "completion", "completion_note",
            "problem_da", "problem_en", "description_da", "description_en", "contribution_da", "contribution_en",
            "relevance_da", "relevance_en", "additional_information_da", "additional_information_en", "results_da",
            "results_en", "next_steps_da", "next_steps_en", "contact_agency", "contact_name", "contact_title",
            "contact_email", "contact_phone", "other_government_actors_da", "other_government_actors_en",
            "other_non_government_actors_da", "other_non_government_actors_en", "milestone_count",
            "late_milestone_count", "url", "ogp_id", "policy_areas", "ogp_values", "irm_completion", "irm_report"),
    MILESTONES("milestones", true, "plan", "commitment", "position", "title_da", "title_en", "start", "start_from",
            "start_to", "end", "end_from", "end_to", "status", "status_text", "late", "url"),
    ADJUSTMENTS("adjustments", true, "adjustment_id", "plan", "commitment", "recorded_at", "kind", "field", "subject",
            "language", "before", "after", "note", "reason", "author", "organisation", "source", "url"),
    RESPONSES("responses", false, "consultation", "id", "received_at", "kind", "sender", "text", "summary", "disposition",
            "disposition_reason", "commitments", "late", "url"),
    MEETINGS("meetings", false, "id", "title_da", "title_en", "description_da", "description_en", "starts_at", "ends_at",
            "place", "online_url", "capacity", "seats_left", "proposal_cutoff", "cancelled_at", "cancel_reason", "minutes_published",
            "url"),
    DOCUMENTS("documents", false, "id", "type", "title", "date", "language", "plan", "counterpart_id", "file_name",
            "media_type", "size_bytes", "url");

    /** A field of a dataset; its description is the message {@link #descriptionKey()}. */
    public record Column(String dataset, String name) {
        public String descriptionKey() {
            return "opendata.field." + dataset + "." + name;
        }
    }

    private final String id;
    private final boolean perPlan;
    private final List<Column> columns;

    Dataset(String id, boolean perPlan, String... columns) {
        this.id = id;
        this.perPlan = perPlan;
        this.columns = Arrays.stream(columns).map(c -> new Column(id, c)).toList();
    }

    /** The name in URLs and file names, e.g. {@code commitments}. */
    public String id() {
        return id;
    }

    /** True when the dataset also exists per plan ({@code /api/v1/plans/{slug}/<id>.csv}). */
    public boolean perPlan() {
        return perPlan;
    }

    public List<Column> columns() {
        return columns;
    }

    public String titleKey() {
        return "opendata.dataset." + id;
    }

    public static Optional<Dataset> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
