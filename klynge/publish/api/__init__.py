"""Klynge's JSON API (/api/v1/…): read access for whoever may read, writes with personal tokens."""
