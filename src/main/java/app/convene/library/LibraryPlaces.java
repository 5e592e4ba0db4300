package app.convene.library;

import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupSummary;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the current person may add resources in an initiative: the initiative itself (coordinators, committee
 * members) and the workgroups they may add to (all of them for those; their own for workgroup leads and members).
 * The service checks the same rule again when something is added.
 */
@Service
@Transactional(readOnly = true)
public class LibraryPlaces {

    private static final int MOST_WORKGROUPS = 500;

    private final ResourceAccess access;
    private final WorkgroupService workgroups;

    LibraryPlaces(ResourceAccess access, WorkgroupService workgroups) {
        this.access = access;
        this.workgroups = workgroups;
    }

    /** The places to add to, the initiative first; empty for whoever may add nothing. */
    public List<LibraryPlace> forAdding(long initiativeId) {
        List<LibraryPlace> places = new ArrayList<>();
        if (access.mayAdd(initiativeId, null)) {
            places.add(new LibraryPlace(null, null));
        }
        for (WorkgroupSummary workgroup : workgroups.list(initiativeId, PageRequest.of(0, MOST_WORKGROUPS))) {
            if (access.mayAdd(initiativeId, workgroup.id())) {
                places.add(new LibraryPlace(workgroup.id(), workgroup.name()));
            }
        }
        return places;
    }
}
