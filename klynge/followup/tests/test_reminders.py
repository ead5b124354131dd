"""Reminders and the weekly digest, sent by the real task worker to a real SMTP server.

The tests enqueue ``send_reminders`` for a given day, run ``manage.py db_worker --batch`` (in
this process, on the test database: hence transactional tests) and read what an aiosmtpd server
on 127.0.0.1 received.
"""

import datetime
import email
import io
import signal
import socket
from email import policy
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from klynge.accounts.models import Role, RoleAssignment, User
from klynge.followup import services
from klynge.followup.models import Action
from klynge.followup.reminders import Phase, phase_for
from klynge.followup.tasks import next_run, send_reminders
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory

DANISH_TIME = ZoneInfo("Europe/Copenhagen")

BASE_URL = "https://klynge.example.dk"
MONDAY = datetime.date(2026, 12, 7)
DUE = datetime.date(2026, 12, 10)  # a Thursday

transactional = pytest.mark.django_db(transaction=True)


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self):
        self.received: list[tuple[list[str], EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        self.received.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for recipients, message in self.received if address in recipients]


def subject(mail):
    """The decoded subject (a folded header's first line may start with the fold)."""
    return str(mail["Subject"]).strip()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), server_hostname="mx")
    controller.start()
    try:
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=controller.port,
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            KLYNGE_BASE_URL=BASE_URL,
            KLYNGE_REMINDER_DAYS=7,
        ):
            yield inbox
    finally:
        controller.stop()


@pytest.fixture
def run_worker():
    """Enqueue send_reminders for a day and let the database worker run everything due."""
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    saved = {number: signal.getsignal(number) for number in signals}

    def run(day):
        send_reminders.enqueue(day=day.isoformat())
        call_command(
            "db_worker",
            batch=True,
            startup_delay=False,
            interval=0,
            reload=False,
            verbosity=0,
            stdout=io.StringIO(),
        )
        failed = DBTaskResult.objects.failed().first()
        assert failed is None, failed.traceback
        assert not DBTaskResult.objects.ready().exists()

    yield run
    for number, handler in saved.items():  # the worker installs its own
        signal.signal(number, handler)


def add_action(steering, title, due_on, **responsible):
    return services.save_action(
        Action(forum=steering.forum, title=title, due_on=due_on, **responsible)
    )


@transactional
def test_reminder_before_the_due_date_then_overdue_then_weekly(steering, smtp, run_worker):
    member = steering.member
    action = add_action(
        steering, "Udarbejde oplæg om fælles indsats & forløb", DUE, responsible_person=member
    )
    add_action(steering, "Partiets opgave", DUE, responsible_party=steering.hospital)
    done = add_action(steering, "Allerede færdig", DUE, responsible_person=member)
    done.status = Action.Status.DONE
    services.save_action(done)
    add_action(steering, "Langt ude", DUE + datetime.timedelta(days=30), responsible_person=member)

    run_worker(datetime.date(2026, 12, 2))  # eight days before: nothing yet
    assert smtp.received == []

    run_worker(datetime.date(2026, 12, 3))  # seven days before
    [(recipients, mail)] = smtp.received
    assert recipients == [member.email]
    assert mail["To"] == member.email
    assert subject(mail) == (
        "Påmindelse: Udarbejde oplæg om fælles indsats & forløb har frist 10. december 2026"
    )
    body = mail.get_content()
    assert f"Kære {member.name}" in body
    assert "Udarbejde oplæg om fælles indsats & forløb" in body
    assert "frist 10. december 2026" in body
    assert "Fristen er om 7 dage." in body
    assert f"{BASE_URL}/" in body
    action.refresh_from_db()
    assert action.reminded_on == datetime.date(2026, 12, 3)

    run_worker(datetime.date(2026, 12, 3))  # again the same day
    run_worker(datetime.date(2026, 12, 9))  # still before: already reminded
    run_worker(DUE)
    assert len(smtp.received) == 1

    run_worker(DUE + datetime.timedelta(days=1))  # the first overdue day
    assert len(smtp.received) == 2
    overdue = smtp.to(member.email)[-1]
    assert subject(overdue) == (
        "Frist overskredet: Udarbejde oplæg om fælles indsats & forløb "
        "havde frist 10. december 2026"
    )
    assert "Fristen blev overskredet for 1 dag siden." in overdue.get_content()

    run_worker(DUE + datetime.timedelta(days=1))
    run_worker(DUE + datetime.timedelta(days=7))
    assert len(smtp.received) == 2
    run_worker(DUE + datetime.timedelta(days=8))  # a week after the first overdue reminder
    assert len(smtp.received) == 3
    assert "for 8 dage siden" in smtp.received[-1][1].get_content()


@transactional
def test_monday_digest_to_the_secretariat(steering, smtp, run_worker):
    secretary = steering.secretary_user
    secretary.email = "sekretariat@midtklyngen.example.dk"
    secretary.save()
    late = add_action(
        steering,
        "Afklare finansiering af akutteam",
        MONDAY - datetime.timedelta(days=3),
        responsible_party=steering.hospital,
    )
    soon = add_action(
        steering,
        "Sende høringssvar",
        MONDAY + datetime.timedelta(days=5),
        responsible_person=steering.member,
    )
    add_action(
        steering,
        "Først til foråret",
        MONDAY + datetime.timedelta(days=60),
        responsible_party=steering.viborg,
    )
    waiting = services.propose(
        steering.forum, "Status på sammenhængende forløb", proposed_by="Viborg Kommune"
    )
    other = ForumFactory(cluster=ClusterFactory(name="Vestklyngen"), name="Temagruppe Vest")
    services.propose(other, "Vestklyngens eget punkt")
    theirs = User.objects.create_user("vest", email="vest@example.dk")
    RoleAssignment.objects.create(user=theirs, role=Role.SECRETARIAT, forum=other)

    run_worker(MONDAY)

    [mail] = smtp.to(secretary.email)
    assert subject(mail) == "Ugeoversigt over opfølgning for Midtklyngen, 7. december 2026"
    body = mail.get_content()
    overdue, rest = body.split("FRIST INDEN FOR DE NÆSTE 14 DAGE")
    assert "OVERSKREDNE FRISTER (1)" in overdue
    assert "Afklare finansiering af akutteam" in overdue
    assert "Ansvarlig: Hospitalsenhed Midt · Frist: 4. december 2026" in overdue
    assert BASE_URL + late.get_absolute_url() in overdue
    assert "Sende høringssvar" in rest and BASE_URL + soon.get_absolute_url() in rest
    assert "Først til foråret" not in body
    assert "PUNKTER TIL KOMMENDE MØDER, DER VENTER (1)" in rest
    assert "Status på sammenhængende forløb" in rest
    assert BASE_URL + waiting.get_absolute_url() in rest
    assert "Vestklyngens eget punkt" not in body

    [west] = smtp.to("vest@example.dk")
    assert "Vestklyngens eget punkt" in west.get_content()
    assert "Afklare finansiering" not in west.get_content()

    [reminder] = smtp.to(steering.member.email)  # the person responsible is reminded too
    assert "Sende høringssvar" in subject(reminder)
    sent = len(smtp.received)
    run_worker(MONDAY)  # the same Monday again: no second digest
    run_worker(MONDAY + datetime.timedelta(days=1))  # Tuesday: no digest
    assert len(smtp.to(secretary.email)) == 1
    assert len(smtp.received) == sent


@transactional
def test_each_run_schedules_the_next_day_once(steering, smtp, run_worker):
    run_worker(MONDAY)
    run_worker(MONDAY)
    [pending] = DBTaskResult.objects.filter(status="READY")
    local = pending.run_after.astimezone(DANISH_TIME)
    assert (local.hour, local.minute) == (7, 0)
    assert pending.task_path == "klynge.followup.tasks.send_reminders"


@pytest.mark.django_db
def test_schedule_reminders_is_idempotent():
    out = io.StringIO()
    call_command("schedule_reminders", stdout=out)
    call_command("schedule_reminders", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == f"scheduled: {next_run().isoformat()}"
    assert lines[2].startswith("already_scheduled: ")
    [pending] = DBTaskResult.objects.all()
    assert pending.run_after == next_run()

    out = io.StringIO()
    call_command("schedule_reminders", now=True, stdout=out)
    call_command("schedule_reminders", now=True, stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "scheduled: as soon as a worker is free"
    assert lines[2] == "already_scheduled: as soon as a worker is free"
    assert DBTaskResult.objects.ready().count() == 1  # the later one waits for 07:00
    assert DBTaskResult.objects.count() == 2


def test_next_run_is_seven_in_the_morning_danish_time():
    summer = datetime.datetime(2026, 6, 1, 5, 30, tzinfo=datetime.UTC)  # 07:30 in Denmark
    assert next_run(summer) == datetime.datetime(2026, 6, 2, 7, tzinfo=DANISH_TIME)
    winter = datetime.datetime(2026, 12, 1, 5, 30, tzinfo=datetime.UTC)  # 06:30 in Denmark
    assert next_run(winter) == datetime.datetime(2026, 12, 1, 7, tzinfo=DANISH_TIME)


@pytest.mark.parametrize(
    ("reminded_on", "day", "phase"),
    [
        (None, DUE - datetime.timedelta(days=8), None),
        (None, DUE - datetime.timedelta(days=7), Phase.BEFORE),
        (None, DUE, Phase.BEFORE),
        (DUE - datetime.timedelta(days=3), DUE, None),
        (DUE - datetime.timedelta(days=20), DUE, Phase.BEFORE),  # the due date was moved
        (DUE - datetime.timedelta(days=3), DUE + datetime.timedelta(days=1), Phase.OVERDUE),
        (None, DUE + datetime.timedelta(days=30), Phase.OVERDUE),
        (DUE + datetime.timedelta(days=1), DUE + datetime.timedelta(days=1), None),
        (DUE + datetime.timedelta(days=1), DUE + datetime.timedelta(days=7), None),
        (DUE + datetime.timedelta(days=1), DUE + datetime.timedelta(days=8), Phase.OVERDUE),
    ],
)
def test_phase(reminded_on, day, phase):
    action = Action(title="x", due_on=DUE, reminded_on=reminded_on)
    assert phase_for(action, day, days=7) == phase
