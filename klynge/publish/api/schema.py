"""The OpenAPI schema's finishing touches (drf-spectacular hooks and the token's scheme).

The schema says everything a caller can get back: every operation documents its error
responses, ids are 32-bit, and reading works without credentials.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema

from .filters import MAX_ID

PREFIX = "/api/v1/"
ERROR = {"$ref": "#/components/schemas/Error"}
ERRORS = {
    "400": "Invalid input: the messages by field (or non_field_errors).",
    "401": "Unknown or revoked token, or a change without credentials.",
    "403": "Not allowed (e.g. a change without a manager's token, or without CSRF).",
    "404": "No such object, or one the caller may not read; or no such page.",
}


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = "klynge.publish.api.authentication.ApiTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: AutoSchema) -> dict[str, str]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A personal API token, made at /api/noegler/.",
        }


def only_the_api(endpoints: list[tuple[Any, ...]], **kwargs: Any) -> list[tuple[Any, ...]]:
    """Preprocessing: the schema describes /api/v1/ only."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(PREFIX)]


def finish(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """Postprocessing: error responses, id bounds, anonymous reading."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = {
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    }
    schemas["FieldErrors"] = {"type": "object", "additionalProperties": True}
    for path in result.get("paths", {}).values():
        for method, operation in path.items():
            _finish_operation(method, operation)
    return result


def _finish_operation(method: str, operation: dict[str, Any]) -> None:
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "path" and parameter["schema"].get("type") == "integer":
            parameter["schema"].update(minimum=1, maximum=MAX_ID)
    responses = operation.setdefault("responses", {})
    for code, description in ERRORS.items():
        schema = {"$ref": "#/components/schemas/FieldErrors"} if code == "400" else ERROR
        responses.setdefault(
            code, {"description": description, "content": {"application/json": {"schema": schema}}}
        )
    if method == "get":
        security = operation.setdefault("security", [])
        if {} not in security:
            security.append({})
