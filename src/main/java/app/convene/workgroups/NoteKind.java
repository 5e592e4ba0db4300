package app.convene.workgroups;

/** Labels: {@code note.kind.<NAME>}. */
public enum NoteKind { MEETING, DECISION, ACTION }
