package app.convene.security.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByIssuerAndSubject(String issuer, String subject);

    /** The person, locked until the transaction ends (sign-ins of the same person take turns). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.issuer = :issuer and p.subject = :subject")
    Optional<Person> lockByIssuerAndSubject(String issuer, String subject);
}
