from klynge.meetings.tests.conftest import steering  # noqa: F401 - shared fixture
