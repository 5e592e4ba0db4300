package app.convene.initiatives;

import app.convene.initiatives.internal.Initiative;
import app.convene.initiatives.internal.InitiativeRepository;
import app.convene.security.AuditChoice;
import app.convene.security.InitiativeNames;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Initiatives by name for the audit log's filter (the audit log checks that an administrator asks). */
@Component
@Transactional(readOnly = true)
class AuditInitiativeNames implements InitiativeNames {

    private final InitiativeRepository initiatives;

    AuditInitiativeNames(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public List<AuditChoice> find(String text, int offset, int limit) {
        String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        // A page as big as the asked one, at the asked place (offsets come in multiples of the page size).
        return initiatives.findAdminItemsNamed(like, PageRequest.of(offset / limit, limit)).stream()
                .map(i -> new AuditChoice(i.id(), i.name())).toList();
    }

    @Override
    public Optional<String> name(long initiativeId) {
        return initiatives.findById(initiativeId).map(Initiative::getName);
    }
}
