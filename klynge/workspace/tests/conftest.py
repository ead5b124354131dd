"""Fixtures shared by the workspace's tests: the meetings' steering group."""

from klynge.meetings.tests.conftest import steering  # noqa: F401 - a fixture
