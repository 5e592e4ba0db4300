package app.convene.implementation;

/** An organization or a milestone as the tracking form's pickers list it. */
public record PickerOption(long id, String label) {
}
