package dk.planspor.assessment.admin;

import dk.planspor.platform.LocalizedText;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** The editable texts of a round's report (chapter 1 and the closing next steps), DA and EN side by side. */
record TextsForm(@Size(max = 40000) String backgroundDa, @Size(max = 40000) String backgroundEn,
        @Size(max = 40000) String participationDa, @Size(max = 40000) String participationEn,
        @Size(max = 40000) String recommendationsDa, @Size(max = 40000) String recommendationsEn,
        @Size(max = 40000) String exchangeDa, @Size(max = 40000) String exchangeEn,
        @Size(max = 40000) String nextStepsDa, @Size(max = 40000) String nextStepsEn) {

    static TextsForm of(Map<String, LocalizedText> t) {
        return new TextsForm(t.get("background").da(), t.get("background").en(), t.get("participation").da(),
                t.get("participation").en(), t.get("recommendations").da(), t.get("recommendations").en(),
                t.get("exchange").da(), t.get("exchange").en(), t.get("nextSteps").da(), t.get("nextSteps").en());
    }

    Map<String, LocalizedText> texts() {
        Map<String, LocalizedText> m = new LinkedHashMap<>();
        m.put("background", LocalizedText.of(backgroundDa, backgroundEn));
        m.put("participation", LocalizedText.of(participationDa, participationEn));
        m.put("recommendations", LocalizedText.of(recommendationsDa, recommendationsEn));
        m.put("exchange", LocalizedText.of(exchangeDa, exchangeEn));
        m.put("nextSteps", LocalizedText.of(nextStepsDa, nextStepsEn));
        return m;
    }
}
