package app.convene.stakeholders.internal;

import app.convene.stakeholders.OrganizationOption;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    @Query("""
            select new app.convene.stakeholders.OrganizationOption(o.id,
                case when p.id is null then o.name else concat(p.name, ' — ', o.name) end)
            from Organization o left join o.parent p
            where :text = '' or lower(o.name) like concat('%', :text, '%') or lower(p.name) like concat('%', :text, '%')
            order by lower(coalesce(p.name, o.name)), lower(o.name), o.id""")
    Slice<OrganizationOption> search(String text,
            Pageable pageable);

    @Query("""
            select o from Organization o
            where lower(o.name) = lower(:name)
              and ((:parentId is null and o.parent is null) or o.parent.id = :parentId)""")
    Optional<Organization> findByNameAndParent(String name, Long parentId);
}
