"""OParl's created and modified, taken from the audit trail (django-auditlog).

Klynge's models carry no created/modified columns; every change to a registered model is in the
audit trail, so an object's first entry is its creation and its last entry its latest change.
Where an object's public face also changes with something else (an agenda published, a forum's
membership changed), `latest` takes the newest of those moments. All of it is annotated in the
list's own query: no extra queries, and the created_since/modified_since filters run in SQL.
"""

from __future__ import annotations

from auditlog.models import LogEntry
from django.db.models import DateTimeField, Expression, Model, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Greatest


def _entries(model: type[Model]) -> QuerySet[LogEntry]:
    # Joining content types in SQL (instead of ContentType.objects.get_for_model) keeps the
    # query count independent of the content-type cache.
    meta = model._meta
    return LogEntry.objects.filter(
        content_type__app_label=meta.app_label, content_type__model=meta.model_name
    )


def _moment(entries: QuerySet[LogEntry], newest: bool) -> Subquery:
    ordered = entries.order_by("-timestamp" if newest else "timestamp")
    return Subquery(ordered.values("timestamp")[:1], output_field=DateTimeField())


def _of(model: type[Model], pk: Expression | None) -> QuerySet[LogEntry]:
    return _entries(model).filter(object_id=OuterRef("pk") if pk is None else pk)


def first_logged(model: type[Model], pk: Expression | None = None) -> Subquery:
    """The moment of the object's first audit entry; `pk` defaults to the outer row's."""
    return _moment(_of(model, pk), newest=False)


def last_logged(model: type[Model], pk: Expression | None = None) -> Subquery:
    return _moment(_of(model, pk), newest=True)


def last_logged_among(model: type[Model], ids: QuerySet) -> Subquery:
    """The newest entry of any of the objects `ids` selects (a values("pk") queryset whose
    outer references reach two levels out: OuterRef(OuterRef(...)))."""
    return _moment(_entries(model).filter(object_id__in=ids), newest=True)


def latest(base: Expression, *others: Expression) -> Greatest:
    """The newest of the moments; a missing one counts as `base` (SQLite's MAX() would turn
    the whole into NULL)."""
    moments = [Coalesce(moment, base, output_field=DateTimeField()) for moment in others]
    return Greatest(base, *moments, output_field=DateTimeField())


def unknown() -> Value:
    return Value(None, output_field=DateTimeField())
