package dk.planspor.plans;

import java.util.List;
import java.util.Map;

/**
 * The headings of OGP's commitment template as the "Full Text" column of OGP's sheet prints them: Planspor writes
 * its template fields under the first heading of each field and reads any of the variants back (action plans word
 * them differently).
 */
public final class OgpTemplate {

    public static final String PROBLEM = "problem";
    public static final String DESCRIPTION = "description";
    public static final String CONTRIBUTION = "contribution";
    public static final String RELEVANCE = "relevance";
    public static final String ADDITIONAL_INFORMATION = "additionalInformation";
    public static final String MILESTONES = "milestones";

    /** Per template field its headings, the one Planspor writes first; compared in lower case. */
    public static final Map<String, List<String>> HEADINGS = Map.of(
            PROBLEM, List.of("What is the public problem that the commitment will address?",
                    "Status quo or problem addressed by the commitment", "Problem definition", "Problem to be addressed",
                    "What problem does the commitment aim to address?", "Status quo", "Rationale for the commitment",
                    "Problem"),
            DESCRIPTION, List.of("What is the commitment?", "Description of commitment", "Description of the commitment",
                    "Commitment description", "Brief description of the commitment", "Brief description of commitment",
                    "Main objective", "The commitment"),
            CONTRIBUTION, List.of("How will the commitment contribute to solve the public problem?",
                    "Contribution of commitment to solving problem", "How will the commitment address the problem?",
                    "How will the commitment contribute to solving the problem?", "What solution are you proposing?"),
            RELEVANCE, List.of("Why is this commitment relevant to OGP values?", "Relevance of commitment to OGP values",
                    "How does the commitment relate to OGP values?", "Relevance"),
            ADDITIONAL_INFORMATION, List.of("Additional information"),
            MILESTONES, List.of("Milestone activity with a verifiable deliverable | Start Date | End Date",
                    "Milestone activity with a verifiable deliverable start date end date",
                    "Milestone activity with a verifiable deliverable", "Milestones activity descriptions start date end date",
                    "Planned milestones", "Milestones"));

    /** The order Planspor writes the fields in. */
    public static final List<String> ORDER = List.of(PROBLEM, DESCRIPTION, CONTRIBUTION, RELEVANCE, ADDITIONAL_INFORMATION,
            MILESTONES);

    /** Separates a milestone's title, start and end on its line. */
    public static final String MILESTONE_SEPARATOR = " | ";

    private OgpTemplate() {
    }

    /** The heading Planspor writes for a field. */
    public static String heading(String field) {
        return HEADINGS.get(field).get(0);
    }
}
