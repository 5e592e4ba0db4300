package app.convene.security;

import java.util.List;
import java.util.Map;

/**
 * A module's part of the download of a person's own data. Every module that stores something a
 * person wrote, answered or belongs to implements it with a bean; the download puts each part in
 * under its name. A module added later (convenings and their RSVPs) contributes its part the same
 * way, without the download knowing it.
 */
public interface OwnDataContribution {

    /**
     * What the module holds on the person: part name → entries, each entry naming its initiative
     * ({@code initiative}). Called only for the signed-in person's own download.
     */
    Map<String, List<Map<String, Object>>> ownData(long personId);
}
