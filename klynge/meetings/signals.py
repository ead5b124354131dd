"""Signals of the meeting cycle, for other apps to add to a step without the cycle knowing them.

``record_made`` is sent inside the step's transaction when an agenda or minutes become a record
(the agenda published; the minutes approved by the chairs or registered as approved outside
Klynge), with ``meeting``, ``kind`` (DocumentVersion.Kind) and the frozen ``version``. A receiver
that fails undoes the step: what it records belongs to the same record. A receiver with effects
outside the database (mail, files) defers them with ``transaction.on_commit``.
"""

from django.dispatch import Signal

record_made = Signal()
