package app.convene.initiatives.internal;

import app.convene.initiatives.InitiativeAdminItem;
import app.convene.initiatives.InitiativeStatus;
import app.convene.initiatives.InitiativeSummary;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    Optional<Initiative> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("""
            select new app.convene.initiatives.InitiativeSummary(i.id, i.slug, i.name, i.region, i.summary,
                (select count(g) from StrategicGoal g where g.initiative = i and g.retired = false),
                (select count(p) from Phase p where p.initiative = i))
            from Initiative i where i.status = app.convene.initiatives.InitiativeStatus.PUBLISHED
            order by lower(i.name), i.id""")
    Slice<InitiativeSummary> findSummaries(Pageable pageable);

    /** Every initiative, drafts and archived ones included, for administrators. */
    @Query("""
            select new app.convene.initiatives.InitiativeAdminItem(i.id, i.slug, i.name, i.region, i.status)
            from Initiative i order by lower(i.name), i.id""")
    Slice<InitiativeAdminItem> findAdminItems(Pageable pageable);

    /** Initiatives whose name contains the pattern (lower case, a like pattern), whatever their status, by name. */
    @Query("""
            select new app.convene.initiatives.InitiativeAdminItem(i.id, i.slug, i.name, i.region, i.status)
            from Initiative i where lower(i.name) like :like escape '\\' order by lower(i.name), i.id""")
    Slice<InitiativeAdminItem> findAdminItemsNamed(String like, Pageable pageable);

    @Query("select i.status from Initiative i where i.id = :id")
    Optional<InitiativeStatus> findStatus(long id);
}
