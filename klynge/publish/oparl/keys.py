"""The keys in OParl object addresses: "cluster-3" for a body, "forum-12" for an organization."""

from __future__ import annotations

from dataclasses import dataclass

BODY_KINDS = ("cluster", "region")
ORGANIZATION_KINDS = ("forum", "party")
# A meeting's documents are rendered on demand; a case text is the item's own text as a file.
FILE_KINDS = ("attachment", "case", "agenda-pdf", "agenda-docx", "minutes-pdf", "minutes-docx")


@dataclass(frozen=True)
class Key:
    kind: str
    pk: int

    def __str__(self) -> str:
        return f"{self.kind}-{self.pk}"


class _KeyConverter:
    kinds: tuple[str, ...] = ()

    def __init_subclass__(cls) -> None:
        cls.regex = "(?:{})-[0-9]+".format("|".join(cls.kinds))

    def to_python(self, value: str) -> Key:
        kind, _, pk = value.rpartition("-")
        return Key(kind, int(pk))

    def to_url(self, value: Key | str) -> str:
        return str(value)


class BodyKeyConverter(_KeyConverter):
    kinds = BODY_KINDS


class OrganizationKeyConverter(_KeyConverter):
    kinds = ORGANIZATION_KINDS


class FileKeyConverter(_KeyConverter):
    kinds = FILE_KINDS
