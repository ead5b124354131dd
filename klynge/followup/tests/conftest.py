from klynge.followup.tests.test_reminders import run_worker, smtp  # noqa: F401 - shared fixtures
from klynge.meetings.tests.conftest import steering  # noqa: F401 - shared fixture
