"""Printed documents: PDF rendered by WeasyPrint from the same Django templates as the pages."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from klynge.downloads import PDF, generated_file


def _no_fetching(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    # Documents are self-contained: nothing is fetched while printing, from the net or the disk.
    raise ValueError(f"Ekstern ressource ikke tilladt i dokumenter: {url}")


def render_pdf(
    template: str, context: dict[str, object], request: HttpRequest | None = None
) -> bytes:
    from weasyprint import HTML  # Imported late: it loads Pango, which only printing needs.

    html = render_to_string(template, context, request=request)
    return HTML(string=html, url_fetcher=_no_fetching).write_pdf()


def pdf_response(
    request: HttpRequest, template: str, context: dict[str, object], filename: str
) -> HttpResponse:
    return generated_file(render_pdf(template, context, request), PDF, filename)
