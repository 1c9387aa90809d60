package dk.planspor.plans;

/** One changed field of a commitment: its name (e.g. {@code problem.da}, {@code milestone[2].end}), before and after. */
public record FieldChange(String field, String before, String after) {
}
