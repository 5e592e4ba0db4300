package app.convene.shared.database;

import app.convene.ConveneApplication;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.support.SignIn;
import app.convene.workgroups.NewNote;
import app.convene.workgroups.NoteKind;
import app.convene.workgroups.WorkgroupNoteService;
import app.convene.workgroups.WorkgroupService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test-only entry point of {@link AppKillTest}: Convene (the whole application, on the database named by the
 * arguments) where {@value #SAVERS} people save workgroup notes at once through the real service, and a line
 * {@code ACK <id> <title>} is printed for every save the service returned, that is, every committed one.
 * The test kills this process with SIGKILL while they save.
 */
public final class SavesUntilKilled {

    static final int SAVERS = 50;
    static final int SAVES_EACH = 200;

    private SavesUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ConveneApplication.class).profiles("test")
                .web(WebApplicationType.SERVLET).run(args);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long initiative = jdbc.queryForObject("select id from initiative where slug = 'equity-at-work'", Long.class);
        Actor lead = new Actor(jdbc.queryForObject("select id from person where display_name = 'Sam Chen'", Long.class),
                "Sam Chen", false);
        WorkgroupService workgroups = context.getBean(WorkgroupService.class);
        long workgroup = Authorization.runAsSystem(() -> {
            long id = workgroups.create(initiative, null, "Kill group", "Saves through a SIGKILL", null, false);
            workgroups.setLead(id, lead.personId());
            return id;
        });
        WorkgroupNoteService notes = context.getBean(WorkgroupNoteService.class);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> savers = new ArrayList<>();
        for (int s = 0; s < SAVERS; s++) {
            int saver = s;
            savers.add(Thread.ofPlatform().name("saver-" + s).start(() -> {
                SignIn.as(lead);
                try {
                    go.await();
                    for (int i = 0; i < SAVES_EACH; i++) {
                        String title = "Note " + saver + "-" + i;
                        long id = notes.addNote(workgroup, new NewNote(NoteKind.DECISION, title, null, LocalDate.now(),
                                null, null));
                        System.out.println("ACK " + id + " " + title); // println flushes: the test sees it at once
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        System.out.println("READY " + workgroup);
        go.countDown();
        for (Thread t : savers) {
            t.join();
        }
        System.out.println("DONE");
        context.close();
    }
}
