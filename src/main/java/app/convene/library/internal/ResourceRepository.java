package app.convene.library.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface ResourceRepository extends JpaRepository<Resource, Long> {

    /** The resource for an edit: its version goes up when the transaction commits, even if only its tags changed. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<Resource> findForChangeById(long id);
}
