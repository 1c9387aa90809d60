package dk.planspor.assessment;

import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.consultation.ConsultationEdit;
import dk.planspor.consultation.ConsultationKind;
import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.Lang;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a draft self-assessment report to a public comment period of two weeks: a consultation of the kind "draft
 * self-assessment" that opens at once, links the draft report (HTML and PDF in both languages) and takes comments
 * through the consultation module's form, ledger and høringsnotat. One comment period per round.
 */
@Service
public class CommentPeriods {

    public static final Duration LENGTH = Duration.ofDays(14);

    private final SelfAssessments assessments;
    private final ConsultationDesk consultations;
    private final MessageSource messages;
    private final String baseUrl;

    CommentPeriods(SelfAssessments assessments, ConsultationDesk consultations, MessageSource messages,
            @Value("${planspor.base-url:http://localhost:8080}") String baseUrl) {
        this.assessments = assessments;
        this.consultations = consultations;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The consultation's slug for a round, e.g. {@code 2017-2019-midterm-kommentering}. */
    public static String slugOf(String planSlug, RoundKind kind) {
        return planSlug + "-" + kind.slug() + "-kommentering";
    }

    public Optional<Consultation> of(String planSlug, RoundKind kind) {
        return consultations.find(slugOf(planSlug, kind));
    }

    /** Opens the comment period (or returns the one already opened). Only the coordinator, and not after publishing. */
    @Transactional
    public Consultation open(String planSlug, RoundKind kind, PlansporUser user) {
        if (user == null || !user.isCoordinator()) {
            throw new AccessDeniedException("Only the coordinator opens a comment period");
        }
        AssessmentRound round = assessments.round(planSlug, kind)
                .orElseThrow(() -> new IllegalStateException("assessment.comment.noRound"));
        if (round.isPublished()) {
            throw new IllegalStateException("assessment.comment.published");
        }
        String slug = slugOf(planSlug, kind);
        Optional<Consultation> existing = consultations.find(slug);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = consultations.now();
        String report = "/plans/" + planSlug + "/assessments/" + kind.slug();
        String kindDa = messages.getMessage(kind.messageKey(), null, Lang.DA.locale());
        String kindEn = messages.getMessage(kind.messageKey(), null, Lang.EN.locale());
        consultations.create(new ConsultationEdit(slug, ConsultationKind.DRAFT_SELF_ASSESSMENT,
                messages.getMessage("assessment.comment.title", new Object[] {kindDa, planSlug}, Lang.DA.locale()),
                messages.getMessage("assessment.comment.title", new Object[] {kindEn, planSlug}, Lang.EN.locale()),
                messages.getMessage("assessment.comment.description", new Object[] {kindDa, planSlug}, Lang.DA.locale()),
                messages.getMessage("assessment.comment.description", new Object[] {kindEn, planSlug}, Lang.EN.locale()),
                now, now.plus(LENGTH), user.displayName(), user.getUsername(), planSlug, baseUrl + "/da" + report,
                List.of(), List.of(new Consultation.Document("Udkast til rapporten (PDF, dansk)", baseUrl + "/da" + report + ".pdf"),
                        new Consultation.Document("Draft report (PDF, English)", baseUrl + "/en" + report + ".pdf"))),
                user, "Kommentering af udkast / comments on the draft");
        consultations.open(slug, null, user, "Kommentering af udkast / comments on the draft");
        return consultations.consultation(slug);
    }
}
