/**
 * Open data: every public record as CSV, XLSX and JSON datasets with field descriptions and licence, the
 * data page, Atom feeds of new plans, and the dashboards built from the same tables.
 * The facade is {@link dk.planspor.opendata.OpenData}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data")
package dk.planspor.opendata;
