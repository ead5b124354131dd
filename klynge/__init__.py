"""Klynge: the working tool of the Danish cross-sectoral health clusters."""
