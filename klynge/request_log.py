"""A log line per request, and the request's id on every log line written while it runs.

The id comes from the X-Request-ID header that the load balancer (nginx) sets, so that its
access log and ours can be joined; without a usable one a new id is made. Either way it is sent
back in the response's X-Request-ID header. The line gives method, path (never the query
string, which may hold what someone searched for), status, the user's id (when the page asked
who is logged in; public pages do not) and the time until the response was ready, in ms.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from contextvars import ContextVar

from django.core.signals import request_finished
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils.functional import empty

HEADER = "X-Request-ID"
# What an id from outside may look like: nginx's $request_id is 32 hex digits.
USABLE_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
# The load balancer asks every few seconds; its answers are logged only when they fail.
QUIET_PATHS = {"/healthz"}

logger = logging.getLogger("klynge.request")
current_request_id: ContextVar[str | None] = ContextVar("klynge_request_id", default=None)


def request_id_from(request: HttpRequest) -> str:
    given = request.headers.get(HEADER, "")
    return given if USABLE_ID.fullmatch(given) else uuid.uuid4().hex


def known_user_id(request: HttpRequest) -> int | None:
    """The user's id if this request has already looked the user up; never a query of its own."""
    user = getattr(request, "user", None)
    user = getattr(user, "_wrapped", user)
    if user is None or user is empty or not user.is_authenticated:
        return None
    return user.pk


class RequestLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = request_id_from(request)
        # Kept until the response is closed, so that Django's own lines about it carry the id.
        current_request_id.set(request_id)
        started = time.perf_counter()
        response = self.get_response(request)
        response[HEADER] = request_id
        log_request(request, response, (time.perf_counter() - started) * 1000)
        return response


def log_request(request: HttpRequest, response: HttpResponse, duration_ms: float) -> None:
    quiet = request.path in QUIET_PATHS and response.status_code < 400
    fields = {
        "method": request.method,
        "path": request.path,
        "status": response.status_code,
        "duration_ms": round(duration_ms, 1),
        "user_id": known_user_id(request),
    }
    logger.log(
        logging.DEBUG if quiet else logging.INFO,
        "%(method)s %(path)s %(status)s %(duration_ms)sms user=%(user_id)s",
        fields,
        extra=fields,
    )


@receiver(request_finished, dispatch_uid="klynge.request_log.forget")
def forget_request_id(**kwargs: object) -> None:
    current_request_id.set(None)


class RequestFilter(logging.Filter):
    """Puts the running request's id (or None) on every record, for the formatters."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id.get()
        return True
