package app.convene.stakeholders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.stakeholders.DemographicsTables;
import app.convene.stakeholders.ParticipationSummary;
import app.convene.stakeholders.ProtectedCell;
import app.convene.stakeholders.ProtectedTable;
import app.convene.support.ConveneTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The participation panel shows the protected demographics with their totals of the counts shown. */
@ConveneTest
class ParticipationPanelTest extends SpringBrowserlessTest {

    @Test
    void suppressedCellsReadFewerThanFiveAndTheTotalSaysItIsTheSumOfTheCountsShown() {
        ProtectedTable gender = new ProtectedTable(List.of(new ProtectedCell("WOMAN", 9L), new ProtectedCell("MAN", 6L),
                new ProtectedCell("NON_BINARY", null)), 15);
        ProtectedTable none = new ProtectedTable(List.of(new ProtectedCell("YES", null)), 0);
        ParticipationSummary summary = new ParticipationSummary(20, List.of(), List.of(),
                new DemographicsTables(none, gender, none, 18L));

        String text = new ParticipationPanel(summary).getElement().getTextRecursively();

        assertThat(text).contains("About 18 stakeholders answered at least one optional demographic question.",
                "Woman: 9", "Man: 6", "Non-binary: fewer than 5", "Total of the counts shown: 15",
                "The demographic counts are protected");
    }

    @Test
    void withFewerThanFiveAnswersNoDemographicsAreShown() {
        ProtectedTable empty = new ProtectedTable(List.of(new ProtectedCell("WOMAN", null)), 0);
        String text = new ParticipationPanel(new ParticipationSummary(3, List.of(), List.of(),
                new DemographicsTables(empty, empty, empty, null))).getElement().getTextRecursively();
        assertThat(text).contains("Fewer than 5 stakeholders answered").doesNotContain("Total of the counts shown");
    }
}
