"""Room mode: participants' phones add notes, dots and ratings to the open map (no Qt here)."""
