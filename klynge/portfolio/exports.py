"""A fund's figures as an Excel workbook: the budget table and every line, amounts in kroner."""

from __future__ import annotations

import io
from decimal import Decimal

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from klynge.downloads import generated_file
from klynge.validation import xml_safe

from .models import BudgetLine
from .queries import Overview

Kind = BudgetLine.Kind
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def kroner_value(ore: int) -> int | Decimal:
    """Kroner as a number Excel sums exactly: whole kroner as int, else a Decimal with øre."""
    if ore % 100 == 0:
        return ore // 100
    return Decimal(ore).scaleb(-2)


def _amount_cell(sheet: object, row: int, column: int, ore: int) -> None:
    cell = sheet.cell(row=row, column=column, value=kroner_value(ore))
    cell.number_format = "#,##0" if ore % 100 == 0 else "#,##0.00"


def workbook(data: Overview) -> Workbook:
    fund = data.fund
    book = Workbook()
    sheet = book.active
    sheet.title = _("Budget")[:31]
    sheet.append([xml_safe(fund.name)])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([_("Cluster"), xml_safe(fund.cluster.name)])
    sheet.append([_("Years"), fund.years_text])
    sheet.append([_("Granted (kr.)")])
    _amount_cell(sheet, 4, 2, fund.granted_ore)
    sheet.append([])
    header = [_("Initiative"), *[str(y) for y in data.years], _("Total")]
    sheet.append(header)
    for cell in sheet[6]:
        cell.font = Font(bold=True)
    row_number = 7
    for row in data.rows:
        sheet.cell(row=row_number, column=1, value=xml_safe(row.initiative.name))
        for i, value in enumerate([*row.budget, row.budget_total]):
            _amount_cell(sheet, row_number, i + 2, value)
        row_number += 1
    sheet.cell(row=row_number, column=1, value=_("Total")).font = Font(bold=True)
    for i, value in enumerate([*data.year_totals, data.allocated_ore]):
        _amount_cell(sheet, row_number, i + 2, value)
    row_number += 2
    for label, value in (
        (_("Allocated"), data.allocated_ore),
        (_("Unallocated"), data.unallocated_ore),
        (_("Actual"), data.total(Kind.ACTUAL)),
        (_("Forecast"), data.total(Kind.FORECAST)),
        (_("Surplus"), data.total(Kind.SURPLUS)),
        (_("Surplus from VAT refund (positive list)"), data.total(Kind.VAT_REFUND)),
        (_("Fees"), data.total(Kind.FEE)),
    ):
        sheet.cell(row=row_number, column=1, value=label)
        _amount_cell(sheet, row_number, 2, value)
        row_number += 1
    sheet.column_dimensions["A"].width = 70
    for letter in "BCDEFGH":
        sheet.column_dimensions[letter].width = 14

    lines = book.create_sheet(_("Lines")[:31])
    lines.append(
        [_("Initiative"), _("Year"), _("Kind"), _("Amount (kr.)"), _("Approved by"), _("Note")]
    )
    for cell in lines[1]:
        cell.font = Font(bold=True)
    for row in data.rows:
        for line in row.initiative.lines.all():
            lines.append(
                [
                    xml_safe(row.initiative.name),
                    line.year,
                    line.kind_label,
                    None,
                    xml_safe(approval(line)),
                    xml_safe(line.note),
                ]
            )
            _amount_cell(lines, lines.max_row, 4, line.amount_ore)
    lines.column_dimensions["A"].width = 60
    lines.column_dimensions["C"].width = 36
    lines.column_dimensions["E"].width = 60
    return book


def approval(line: BudgetLine) -> str:
    if line.decision_id:
        item = line.decision.item
        day = item.meeting.local_day().strftime("%d.%m.%Y")
        return f"{item.meeting.forum.name} {day}: {item.title}"
    return line.approval_note


def xlsx_response(data: Overview, filename: str) -> HttpResponse:
    buffer = io.BytesIO()
    workbook(data).save(buffer)
    return generated_file(buffer.getvalue(), CONTENT_TYPE, filename)
