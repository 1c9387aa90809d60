/**
 * The OGP Co-Creation and Participation Standards check: for each plan cycle, each minimum requirement computed from
 * the platform's own data (forum meetings, repository, consultations, dispositions), met or not, with links to the
 * evidence, as a page, JSON and an evidence pack for the IRM. The facade is {@link dk.planspor.standards.StandardsCheck}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standards")
package dk.planspor.standards;
