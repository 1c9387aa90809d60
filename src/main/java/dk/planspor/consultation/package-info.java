/**
 * Consultations (høringer): the co-creation timeline, public submissions, moderation, publication and
 * the reasoned-response ledger with the høringsnotat. The facade is {@link dk.planspor.consultation.ConsultationDesk}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation")
package dk.planspor.consultation;
