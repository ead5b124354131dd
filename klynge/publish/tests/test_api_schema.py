"""The OpenAPI schema is valid, and the API keeps to it: schemathesis generates requests to
every read operation, anonymously and with a token, and checks each response against it."""

from __future__ import annotations

import json

import pytest
import schemathesis
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from klynge.meetings.tests.conftest import steering  # noqa: F401 - fixture
from klynge.publish.tests.test_api import ApiWorld, api_world, bearer  # noqa: F401 - fixture
from klynge.tests.test_authorization_matrix import world  # noqa: F401 - fixture
from klynge.tests.test_closed_items_never_leak import secret_world  # noqa: F401 - fixture

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
# Small: every read operation gets this many generated requests per caller.
EXAMPLES_PER_OPERATION = 8


def test_the_schema_validates(tmp_path):
    out = tmp_path / "openapi.json"
    call_command("spectacular", "--validate", "--fail-on-warn", "--format", "openapi-json",
                 "--file", str(out))  # fmt: skip
    schema = json.loads(out.read_text())
    assert schema["openapi"].startswith("3.")
    paths = set(schema["paths"])
    for name in ("meetings", "agenda-items", "people", "actions", "agreements"):
        assert {f"/api/v1/{name}/", f"/api/v1/{name}/{{id}}/"} <= paths


def test_the_schema_is_served_to_anyone(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "Klynge API"


def run_operation(operation, headers: dict[str, str]) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def check(case):
        case.call_and_validate(headers=headers, checks=CHECKS)

    check()


@pytest.fixture
def keep_connection():
    """Like Django's test client: the app is called inside the test's transaction, so the
    end of a request must not close the database connection (PostgreSQL would lose it)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.mark.parametrize("role", ["anonymous", "secretariat"])
def test_schemathesis_finds_no_error_in_the_read_operations(
    api_world,  # noqa: F811
    keep_connection,
    role,
):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", WSGIHandler())
    headers = {} if role == "anonymous" else bearer(api_world.user(role))
    operations = [result.ok() for result in schema.include(method="GET").get_all_operations()]
    assert len(operations) == 29
    for operation in operations:
        run_operation(operation, headers)
