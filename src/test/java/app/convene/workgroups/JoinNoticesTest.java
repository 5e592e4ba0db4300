package app.convene.workgroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.LeftNotices;
import app.convene.support.SignIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17: a join request to decide is a JOIN_REQUESTED notice for the people who decide it (the workgroup's
 * leads; the coordinators when it has none), and the decision a JOIN_DECIDED notice for the requester.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=workgroups")
class JoinNoticesTest {

    @Autowired
    WorkgroupService workgroups;
    @Autowired
    JoinRequestService joinRequests;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LeftNotices left;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    void signInAs(String name) {
        SignIn.as(new Actor(fixtures.personId(name), name, false));
    }

    @Test
    void aWorkgroupWithoutLeadsHasItsRequestsDecidedByTheCoordinatorsWhoAreTold() {
        long atlanta = fixtures.initiativeId("equity-at-work");
        long workgroup = Authorization.runAsSystem(() -> workgroups.create(atlanta, null,
                "Leaderless " + UUID.randomUUID().toString().substring(0, 6), "Charter", null, false));
        List<Long> coordinators = jdbc.queryForList(
                "select person_id from initiative_role where initiative_id = ? and role = 'COORDINATOR'", Long.class, atlanta);

        long before = left.last();
        signInAs("Casey Morgan");
        long request = joinRequests.requestToJoin(workgroup, null);

        assertThat(coordinators).contains(fixtures.personId("Maya Thompson"));
        assertThat(left.since(before)).extracting(LeftNotices.Row::personId)
                .containsExactlyInAnyOrderElementsOf(coordinators);
        assertThat(left.since(before)).extracting(LeftNotices.Row::kind, LeftNotices.Row::initiativeId,
                LeftNotices.Row::link).containsOnly(tuple("JOIN_REQUESTED", atlanta, "workgroups/" + workgroup));

        before = left.last();
        signInAs("Maya Thompson");
        joinRequests.decline(request, "Not this year");
        assertThat(left.since(before)).extracting(LeftNotices.Row::personId, LeftNotices.Row::kind, LeftNotices.Row::key)
                .containsExactly(tuple(fixtures.personId("Casey Morgan"), "JOIN_DECIDED", "notice.joinDeclined"));
    }
}
