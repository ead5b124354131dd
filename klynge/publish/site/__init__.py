"""The public read-only site: what a citizen sees of the clusters without logging in."""
