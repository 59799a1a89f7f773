"""What changed between two versions of a map: matching, the change list, text and JSON (pure)."""
