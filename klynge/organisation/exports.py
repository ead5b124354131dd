"""The roster each chair sends the secretariat: name, title, workplace, e-mail and role."""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from klynge.downloads import generated_file
from klynge.text import danish_sort_key
from klynge.validation import xml_safe

from .models import Forum, Membership


def roster_headings() -> list[str]:
    return [
        _("Name"),
        _("Title"),
        _("Workplace"),
        _("E-mail"),
        _("Phone"),
        _("Role"),
        _("Representing"),
        _("Contact person"),
    ]


def roster_rows(memberships: list[Membership]) -> list[list[str]]:
    """One row per current member; chairs first, then by name in Danish order."""
    ordered = sorted(memberships, key=lambda m: (not m.is_chair, danish_sort_key(m.person.name)))
    return [
        [
            m.person.name,
            m.person.title,
            str(m.person.organisation or ""),
            m.person.email,
            m.person.phone,
            m.position_text or str(m.get_role_display()),
            str(m.party or ""),
            _("Yes") if m.is_contact else "",
        ]
        for m in ordered
    ]


def csv_response(rows: list[list[str]], filename: str) -> HttpResponse:
    """CSV the way Danish Excel opens it: UTF-8 with BOM, semicolon-separated."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(roster_headings())
    writer.writerows(rows)
    return generated_file("\ufeff" + buffer.getvalue(), "text/csv; charset=utf-8", filename)


def xlsx_response(forum: Forum, rows: list[list[str]], filename: str) -> HttpResponse:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Roster")[:31]
    sheet.append([forum.name])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(roster_headings())
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([xml_safe(value) if isinstance(value, str) else value for value in row])
    for column, width in zip("ABCDEFGH", (28, 32, 30, 30, 14, 18, 28, 12), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return generated_file(buffer.getvalue(), content_type, filename)
