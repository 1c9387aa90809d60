package dk.planspor.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event registry stores events as JSON and publishes the ones whose listener failed again after a restart: the
 * event must come back whole, with the response it concerns, and events stored before the field existed must still
 * read.
 */
class ConsultationChangedTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void comesBackFromTheRegistrysJson() {
        ConsultationChanged one = new ConsultationChanged("hoering", "hide", UUID.randomUUID());
        assertThat(json.readValue(json.writeValueAsString(one), ConsultationChanged.class)).isEqualTo(one);
        ConsultationChanged whole = new ConsultationChanged("hoering", "edit");
        assertThat(json.readValue(json.writeValueAsString(whole), ConsultationChanged.class)).isEqualTo(whole);
        assertThat(json.readValue("{\"slug\":\"hoering\",\"action\":\"hide\"}", ConsultationChanged.class))
                .isEqualTo(new ConsultationChanged("hoering", "hide", null));
    }
}
