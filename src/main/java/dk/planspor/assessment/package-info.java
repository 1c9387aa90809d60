/**
 * Self-assessment rounds (midterm and end-of-term) and the reports generated from their frozen
 * snapshots as HTML, PDF/UA and DOCX. Facade: {@link dk.planspor.assessment.SelfAssessments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package dk.planspor.assessment;
