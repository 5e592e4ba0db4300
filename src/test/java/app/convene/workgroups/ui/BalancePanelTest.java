package app.convene.workgroups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.stakeholders.DemographicsTables;
import app.convene.stakeholders.ProtectedCell;
import app.convene.stakeholders.ProtectedTable;
import app.convene.support.ConveneTest;
import app.convene.workgroups.WorkgroupBalance;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The balance tab: exact sector counts beside the members' protected demographics and their shown totals. */
@ConveneTest
class BalancePanelTest extends SpringBrowserlessTest {

    @Test
    void theMembersDemographicsAreProtectedAndTotalledFromTheCountsShown() {
        ProtectedTable lived = new ProtectedTable(List.of(new ProtectedCell("YES", 6L), new ProtectedCell("NO", null),
                new ProtectedCell("PREFER_NOT_TO_SAY", null)), 6);
        ProtectedTable none = new ProtectedTable(List.of(new ProtectedCell("WOMAN", null)), 0);
        String text = new BalancePanel(new WorkgroupBalance(Map.of("EMPLOYER", 7L), Map.of("", 7L),
                new DemographicsTables(none, none, lived, 9L))).getElement().getTextRecursively();

        assertThat(text).contains("Yes: 6", "No: fewer than 5", "Total of the counts shown: 6", "Total of the counts shown: 0",
                "The demographic counts are protected");
    }

    @Test
    void withFewerThanFiveMembersAnsweringNoDemographicsAreShown() {
        ProtectedTable none = new ProtectedTable(List.of(new ProtectedCell("WOMAN", null)), 0);
        String text = new BalancePanel(new WorkgroupBalance(Map.of(), Map.of(), new DemographicsTables(none, none, none,
                null))).getElement().getTextRecursively();
        assertThat(text).contains("Fewer than 5 members answered").doesNotContain("Total of the counts shown");
    }
}
