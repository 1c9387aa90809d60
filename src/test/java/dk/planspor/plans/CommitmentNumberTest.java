package dk.planspor.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commitment numbers as plans and OGP's sheet write them sort as a reader expects. */
class CommitmentNumberTest {

    @Test
    void numbersSortByTheirDigitsAndLetteredOnesAfterThePlainOnes() {
        List<String> shuffled = List.of("SC17", "2.10", "3b", "B.1.A", "1", "2.9", "D4", "3", "1.1", "2.6.2", "10");
        assertThat(shuffled.stream().sorted(Comparator.comparingInt(CommitmentNumber::sortKey)).toList())
                .containsExactly("1", "1.1", "2.6.2", "2.9", "2.10", "3", "3b", "10", "B.1.A", "D4", "SC17");
    }

    @Test
    void somethingThatIsNoNumberIsRefused() {
        for (String bad : List.of("", " ", "-1", "1/2".substring(1), "a b", "?x")) {
            assertThatThrownBy(() -> CommitmentNumber.sortKey(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
