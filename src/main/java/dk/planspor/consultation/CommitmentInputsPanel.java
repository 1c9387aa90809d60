package dk.planspor.consultation;

import dk.planspor.platform.Lang;
import dk.planspor.plans.CommitmentPagePanel;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** "Came from these inputs" on a commitment page: the responses whose reasoned answer links to the commitment. */
@Component
class CommitmentInputsPanel implements CommitmentPagePanel {

    private final ConsultationDesk desk;

    CommitmentInputsPanel(ConsultationDesk desk) {
        this.desk = desk;
    }

    @Override
    public Optional<Panel> panelFor(String planSlug, String number, Lang lang) {
        List<ConsultationDesk.Input> inputs = desk.inputsFor(planSlug, number);
        return inputs.isEmpty() ? Optional.empty() : Optional.of(new Panel("consultation/inputs", "inputs", inputs));
    }
}
