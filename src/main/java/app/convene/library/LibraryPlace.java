package app.convene.library;

/** Where a resource may be added: the whole initiative ({@code workgroupId} null) or one of its workgroups. */
public record LibraryPlace(Long workgroupId, String workgroupName) {

    public boolean initiative() {
        return workgroupId == null;
    }
}
