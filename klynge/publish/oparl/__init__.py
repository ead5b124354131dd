"""OParl 1.1: the read-only open standard for council information, answering at /oparl/v1.1/.

Everything served here is public by nature and comes through klynge.publish.visibility; the
mapping of Klynge's records to OParl's objects is documented in docs/oparl.md.
"""
