"""Live co-editing: one map shared between facilitators' desktops through a CRDT."""
