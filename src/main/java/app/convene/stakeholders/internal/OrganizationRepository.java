package app.convene.stakeholders.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    @Query("""
            select o from Organization o
            where lower(o.name) = lower(:name)
              and ((:parentId is null and o.parent is null) or o.parent.id = :parentId)""")
    Optional<Organization> findByNameAndParent(String name, Long parentId);
}
