"""Whatever is posted, Klynge answers with a page, a redirect or an error at the field, never a
server error: Hypothesis posts generated values to every form the secretariat can open (its
fields read from the page itself) and to every write operation of the API (schemathesis, from
the OpenAPI schema), and feeds the import damaged PDF, Word and text files."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser

import schemathesis
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIHandler
from django.db import transaction
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter
from schemathesis.checks import not_a_server_error

from klynge.archive.importer.extract import UnreadableDocument
from klynge.archive.importer.pipeline import read_document
from klynge.publish.tests.test_api import bearer
from klynge.publish.tests.test_api_schema import keep_connection  # noqa: F401 - fixture

from .test_authorization_matrix import RULES, world  # noqa: F401 - fixture

# Examples per form; the forms are many, so the posts run into the thousands.
PER_FORM = 40
PER_API_OPERATION = 25
FILES = 300

HOSTILE = [
    "",
    " ",
    "<script>alert(1)</script>",
    "<svg onload=alert(1)>",
    "<!-- ",
    "**fed** og *kursiv*",
    "\x00",
    "\x01\x0b\x1f\x7f\x85",
    "\u200f\u202eomvendt",
    "æøå ÆØÅ",
    "x" * 5000,
    "-1",
    "0",
    "99999999999999999999",
    "1e309",
    "NaN",
    "31.12.9999",
    "0001-01-01",
    "9999-12-31",
    "2023-02-30",
    "25:61",
    "00:30",
    "javascript:alert(1)",
    "{{ settings.SECRET_KEY }}",
]
values = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60))
uploads = st.binary(max_size=500).map(lambda b: SimpleUploadedFile("fil.pdf", b))


# --- the forms ------------------------------------------------------------------------------
@dataclass
class FormFields:
    """The named fields of the form in a page's main content, with the options of its choice
    fields, and how it is sent."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)
    method: str = "get"


class _FieldReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.form = FormFields()
        self._in_main = self._in_form = False
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "main":
            self._in_main = True
        elif tag == "form" and self._in_main:
            self._in_form = True
            if (a.get("method") or "get").lower() == "post":
                self.form.method = "post"
        elif self._in_form:
            self._field(tag, a)

    def _field(self, tag: str, a: dict[str, str | None]) -> None:
        name = a.get("name")
        if tag == "option" and self._select is not None:
            self.form.fields[self._select].append(a.get("value") or "")
        elif name and name != "csrfmiddlewaretoken" and tag in ("input", "select", "textarea"):
            if a.get("type") == "file":
                self.form.files.add(name)
                return
            options = self.form.fields.setdefault(name, [])
            if a.get("value") and a.get("type") in ("checkbox", "radio", "hidden"):
                options.append(a["value"])
            self._select = name if tag == "select" else None

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        elif tag == "form":
            self._in_form = False
        elif tag == "main":
            self._in_main = False


def form_fields(html: str) -> FormFields:
    reader = _FieldReader()
    reader.feed(html)
    return reader.form


def form_pages(client: Client, w: object) -> dict[str, tuple[str, FormFields]]:
    """Every page of the authorization matrix the secretariat opens that holds a form in its
    main content (logging out aside), with its fields."""
    pages = {}
    for name, rule in RULES.items():
        if name == "logout" or "secretariat" not in rule.allowed:
            continue
        url = reverse(name, args=rule.args(w))
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        found = form_fields(response.content.decode())
        if found.fields or found.files:
            pages[name] = (url, found)
    return pages


def _value(options: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(options), values) if options else values


def posted(form: FormFields) -> st.SearchStrategy[dict[str, object]]:
    """Generated values for each field: one of its options or anything at all."""
    data = {name: _value(options) for name, options in form.fields.items()}
    data |= dict.fromkeys(form.files, uploads)
    return st.fixed_dictionaries({}, optional=data)


def test_every_form_answers_every_value_without_a_server_error(client, world):  # noqa: F811
    client.force_login(world.users["secretariat"])
    pages = form_pages(client, world)
    assert len(pages) >= 32, sorted(pages)
    for name, (url, form) in pages.items():
        _fuzz_form(client, name, url, form)


def _fuzz_form(client: Client, name: str, url: str, form: FormFields) -> None:
    @given(data=posted(form))
    @settings(
        max_examples=PER_FORM,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def post(data: dict[str, object]) -> None:
        with transaction.atomic():
            response = getattr(client, form.method)(url, data)
            transaction.set_rollback(True)
        assert response.status_code < 500, (name, data)

    post()


# --- the API's writes -----------------------------------------------------------------------
def test_every_api_write_answers_without_a_server_error(world, keep_connection):  # noqa: F811
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", WSGIHandler())
    headers = bearer(world.users["secretariat"])
    writes = schema.include(method=["POST", "PUT", "PATCH", "DELETE"]).get_all_operations()
    operations = [result.ok() for result in writes]
    assert len(operations) >= 8
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=PER_API_OPERATION,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def call(case: object) -> None:
            with transaction.atomic():
                case.call_and_validate(headers=headers, checks=[not_a_server_error])
                transaction.set_rollback(True)

        call()


# --- damaged files for the import ---------------------------------------------------------
def _pdf(text: bytes) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue().replace(b"/MediaBox", text[:20] or b"/MediaBox")


def _docx(document_xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def _damaged(data: bytes, cut: int, noise: bytes) -> bytes:
    cut = min(cut, len(data))
    return data[:cut] + noise + data[cut + len(noise) :]


files = st.one_of(
    st.binary(max_size=2000),
    st.binary(max_size=200).map(lambda b: b"%PDF-1.7\n" + b),
    st.tuples(st.binary(max_size=30), st.integers(0, 400), st.binary(max_size=20)).map(
        lambda t: _damaged(_pdf(t[0]), t[1], t[2])
    ),
    st.binary(max_size=300).map(_docx),
    st.text(max_size=300).map(lambda t: _docx(f"<w:document>{t}".encode())),
    st.binary(max_size=300).map(lambda b: b"PK\x03\x04" + b),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
)


@settings(max_examples=FILES, deadline=None, database=None)
@given(data=files)
def test_a_damaged_file_is_read_or_refused_with_a_message(data):
    try:
        parsed = read_document(data, "referat")
    except UnreadableDocument as refused:
        assert str(refused)
    else:
        text = " ".join([parsed.unplaced_text, *(item.title for item in parsed.items)])
        assert "\x00" not in text and "\x01" not in text


def test_the_import_page_refuses_a_damaged_file_at_the_field(client, world):  # noqa: F811
    client.force_login(world.users["secretariat"])
    for data in (b"%PDF-1.7\n%%EOF", _docx(b"<w:document><w:p>"), b"\xff\xfe\x00\x00"):
        upload = SimpleUploadedFile("referat.pdf", data)
        response = client.post(reverse("archive:import"), {"forum": world.forum.pk, "file": upload})
        assert response.status_code == 200
        assert response.context["form"].errors["file"]
