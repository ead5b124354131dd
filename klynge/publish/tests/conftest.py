from klynge.organisation.tests.lineage_world import (  # noqa: F401 - shared fixtures
    after_reform,
    before_reform,
    reform,
)
