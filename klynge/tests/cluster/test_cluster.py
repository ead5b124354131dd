"""The meeting cycle through the production layout (scripts/run-cluster.sh): nginx in front of two
app servers on PostgreSQL, Redis and S3 (moto), with two task workers.

A secretariat user logs in through nginx and plans a meeting with an item; an attachment uploaded
to app server 1 is downloaded from app server 2 (and lies in the bucket, not on disk); the agenda
PDF rendered by server 1 is served by server 2 from the shared Redis cache; a reminder is mailed
exactly once while both workers run the day's reminders; and killing app server 1 in the middle
of a stream of requests through nginx loses none of them. The tests run in this order and share
the session's layout (the last one stops server 1).
"""

from __future__ import annotations

import datetime
import json
import os
import pickle
import re
import shutil
import signal
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import boto3
import psycopg
import pytest
import redis
import requests

from .conftest import REPO, Cluster

pytestmark = pytest.mark.cluster

PASSWORD = "klynge-cluster-password-1"
MEMBER_EMAIL = "kristine.stange@example.dk"
SEED = f"""
import datetime, json
from django.utils import timezone
from klynge.accounts.models import Role, RoleAssignment, User
from klynge.followup import services
from klynge.followup.models import Action
from klynge.followup.tasks import send_reminders
from klynge.organisation.models import Forum
from klynge.organisation.tests.factories import (
    ClusterFactory, ForumFactory, MembershipFactory, OrganisationFactory, PersonFactory)

cluster = ClusterFactory(name="Testklyngen", slug="testklyngen")
party = OrganisationFactory(name="Testrup Kommune")
cluster.parties.add(party)
forum = ForumFactory(cluster=cluster, name="Klyngestyregruppen", slug="testklyngen-styregruppe",
                     kind=Forum.Kind.STEERING)
member = PersonFactory(name="Kristine Stange", email="{MEMBER_EMAIL}")
MembershipFactory(forum=forum, person=member, party=party, starts_on=datetime.date(2023, 1, 1))
user = User.objects.create_user("cluster-sekretariat", password="{PASSWORD}")
RoleAssignment.objects.create(user=user, role=Role.SECRETARIAT, cluster=cluster)
due = timezone.localdate() + datetime.timedelta(days=3)
services.save_action(Action(forum=forum, title="Oplæg om fælles forløb", due_on=due,
                            responsible_person=member))
# Today's reminder run, four times at once: the two workers take them together.
runs = [str(send_reminders.enqueue().id) for _ in range(4)]
print(json.dumps({{"forum": forum.slug, "runs": runs}}))
"""


class Client:
    """HTTP with the session by hand: the layout's cookies are Secure, and it speaks HTTP."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, base: str = "", **kwargs) -> requests.Response:
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = requests.request(
            method,
            (base or self.base) + path,
            headers={"Cookie": cookie},
            allow_redirects=False,
            timeout=60,
            **kwargs,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def get(self, path: str, base: str = "") -> requests.Response:
        return self.request("GET", path, base)

    def submit(self, path: str, data: dict, base: str = "", files: dict | None = None) -> str:
        """Fill in the form at path (its CSRF token included) and return where it leads."""
        page = self.get(path, base)
        assert page.status_code == 200, (path, page.status_code)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)[1]
        data = {"csrfmiddlewaretoken": token, **data}
        response = self.request("POST", path, base, data=data, files=files)
        assert response.status_code == 302, (path, response.status_code, response.text[-3000:])
        return response.headers["Location"]


@pytest.fixture(scope="session")
def seeded(cluster: Cluster) -> dict:
    facts = json.loads(cluster.manage("shell", "--no-imports", "-c", SEED).splitlines()[-1])
    cluster.facts.update(facts)
    return facts


@pytest.fixture(scope="session")
def secretariat(cluster: Cluster, seeded: dict) -> Client:
    client = Client(cluster.url)
    client.submit("/log-ind/", {"username": "cluster-sekretariat", "password": PASSWORD})
    assert "sessionid" in client.cookies
    return client


@pytest.fixture(scope="session")
def meeting(secretariat: Client, seeded: dict) -> dict:
    """A meeting with one item, planned through nginx."""
    day = (datetime.date.today() + datetime.timedelta(days=14)).isoformat()
    where = secretariat.submit(
        f"/moeder/fora/{seeded['forum']}/nyt/",
        {"title": "Møde i klyngestyregruppen", "day": day, "starts": "09:00", "ends": "11:00"},
    )
    pk = int(re.search(r"/moeder/(\d+)/", where)[1])
    where = secretariat.submit(
        f"/moeder/{pk}/punkter/nyt/",
        {"kind": "decision", "title": "Fælles forløb for KOL", "duration_minutes": "20"},
    )
    item = int(re.search(r"#punkt-(\d+)", where)[1])
    return {"pk": pk, "item": item}


def test_an_attachment_uploaded_to_one_server_is_downloaded_from_the_other(
    cluster: Cluster, secretariat: Client, meeting: dict
):
    pk, item = meeting["pk"], meeting["item"]
    content = b"%PDF-1.4\n% Bilag til klyngestyregruppen\n" + os.urandom(2048)
    secretariat.submit(
        f"/moeder/{pk}/punkter/{item}/bilag/",
        {"title": "Notat om KOL-forløb"},
        base=cluster.app_url(1),
        files={"file": ("notat-kol.pdf", content, "application/pdf")},
    )

    page = secretariat.get(f"/moeder/{pk}/hele/", base=cluster.app_url(2))
    link = re.search(rf'href="(/moeder/{pk}/bilag/\d+/)"', page.text)[1]
    download = secretariat.get(link, base=cluster.app_url(2))
    assert download.status_code == 200
    assert download.content == content

    # In the bucket, not on either server's disk; and not for anyone without the right.
    bucket, name = _bucket(cluster), cluster.env["KLYNGE_S3_BUCKET"]
    keys = [o["Key"] for o in bucket.list_objects_v2(Bucket=name)["Contents"]]
    bodies = [bucket.get_object(Bucket=name, Key=key)["Body"].read() for key in keys]
    assert content in bodies
    assert not Path(cluster.env["KLYNGE_MEDIA_ROOT"]).exists()
    assert Client(cluster.url).get(link).status_code in {302, 403, 404}


def test_a_pdf_rendered_by_one_server_is_served_from_the_shared_cache_by_the_other(
    cluster: Cluster, secretariat: Client, meeting: dict
):
    cache = redis.Redis.from_url(cluster.env["KLYNGE_REDIS_URL"])
    pattern = "klynge:1:meeting-pdf:*"
    before = set(cache.scan_iter(pattern))
    path = f"/moeder/{meeting['pk']}/dagsorden.pdf"

    rendered = secretariat.get(path, base=cluster.app_url(1))
    assert rendered.status_code == 200
    assert rendered.content.startswith(b"%PDF")
    [key] = set(cache.scan_iter(pattern)) - before
    assert pickle.loads(cache.get(key)) == rendered.content

    # Mark the cached copy: only a server reading the shared cache can serve the mark.
    marked = rendered.content + b"\n% served from the shared cache\n"
    cache.set(key, pickle.dumps(marked, pickle.HIGHEST_PROTOCOL), keepttl=True)
    served = secretariat.get(path, base=cluster.app_url(2))
    assert served.status_code == 200
    assert served.content == marked


def test_a_reminder_is_sent_exactly_once_by_two_workers(cluster: Cluster, seeded: dict):
    runs = seeded["runs"]
    with psycopg.connect(cluster.env["CLUSTER_PG_URL"]) as connection:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            rows = connection.execute(
                "SELECT status, worker_ids FROM django_tasks_database_dbtaskresult "
                "WHERE id::text = ANY(%s)",
                [runs],
            ).fetchall()
            if len(rows) == len(runs) and all(s in {"SUCCESSFUL", "FAILED"} for s, _ in rows):
                break
            time.sleep(0.5)
    assert sorted(status for status, _ in rows) == ["SUCCESSFUL"] * len(runs), rows
    time.sleep(1)  # a second message would have arrived by now
    [mail] = cluster.inbox.to(MEMBER_EMAIL)
    assert "Oplæg om fælles forløb" in mail.get_content()
    workers = {worker for _, ids in rows for worker in ids}
    assert workers <= {"cluster-worker-1", "cluster-worker-2"}


def test_nginx_passes_the_request_id_on_and_serves_static_files(cluster: Cluster):
    health = requests.get(cluster.url + "/healthz", timeout=30)
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    # nginx makes an id when the client sends none, and keeps the one a load balancer sets.
    assert re.fullmatch(r"[0-9a-f]{32}", health.headers["X-Request-ID"])
    login = requests.get(
        cluster.url + "/log-ind/", headers={"X-Request-ID": "cluster-test-4711"}, timeout=30
    )
    assert login.headers["X-Request-ID"] == "cluster-test-4711"
    logged = [
        json.loads(line)
        for name in ("app1.log", "app2.log")
        for line in cluster.log(name).splitlines()
        if "cluster-test-4711" in line
    ]
    assert [(entry["path"], entry["status"]) for entry in logged] == [("/log-ind/", 200)]

    icon = requests.get(cluster.url + "/static/klynge/favicon.svg", timeout=30)
    assert icon.status_code == 200
    assert icon.headers["Cache-Control"] == "max-age=604800"
    assert icon.headers["X-Content-Type-Options"] == "nosniff"
    assert "X-Request-ID" not in icon.headers  # nginx's own, not the app's


def test_stopping_one_app_server_loses_no_request(
    cluster: Cluster, secretariat: Client, meeting: dict
):
    path = f"/moeder/{meeting['pk']}/"
    stop_at = time.monotonic() + 1.5
    end_at = stop_at + 4
    statuses: list[int] = []
    lock = threading.Lock()

    def load() -> None:
        client = Client(cluster.url)
        client.cookies = dict(secretariat.cookies)
        while time.monotonic() < end_at:
            try:
                status = client.get(path).status_code
            except requests.RequestException as error:
                status = repr(error)
            with lock:
                statuses.append(status)

    with ThreadPoolExecutor(4) as pool:
        for _ in range(4):
            pool.submit(load)
        time.sleep(max(0, stop_at - time.monotonic()))
        _kill_hard(int(cluster.env["CLUSTER_APP1_PID"]))
        served_before = len(statuses)

    failed = [status for status in statuses if status != 200]
    assert failed == [], f"{len(failed)} of {len(statuses)} requests failed: {failed[:5]}"
    assert served_before > 0 and len(statuses) > served_before
    # Both servers answered before the kill; only server 2 after it.
    upstreams = _upstreams(cluster, path)
    app1, app2 = (urlsplit(cluster.app_url(n)).netloc for n in (1, 2))
    assert app1 in upstreams
    assert upstreams[-1] == app2


def _kill_hard(master: int) -> None:
    """SIGKILL gunicorn's master and its workers at once: requests in flight are cut off."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    for pid in [master, *map(int, children)]:
        os.kill(pid, signal.SIGKILL)


def _upstreams(cluster: Cluster, path: str) -> list[str]:
    lines = cluster.log("nginx-access.log").splitlines()
    return [
        re.search(r"upstream=(\S+(?:, \S+)*)", line)[1] for line in lines if f'"GET {path} ' in line
    ]


def _bucket(cluster: Cluster):
    return boto3.client(
        "s3",
        endpoint_url=cluster.env["KLYNGE_S3_ENDPOINT_URL"],
        aws_access_key_id=cluster.env["KLYNGE_S3_ACCESS_KEY_ID"],
        aws_secret_access_key=cluster.env["KLYNGE_S3_SECRET_ACCESS_KEY"],
        region_name=cluster.env["KLYNGE_S3_REGION"],
    )


def test_the_site_template_for_a_server_passes_nginx_t(tmp_path: Path):
    """deploy/nginx/klynge.conf filled in as docs/deploy.md says, checked by nginx itself."""
    deploy = REPO / "deploy" / "nginx"
    values = {
        "UPSTREAM_SERVERS": "    server 10.0.0.11:8000 max_fails=1 fail_timeout=10s;\n"
        "    server 10.0.0.12:8000 max_fails=1 fail_timeout=10s;",
        "LISTEN": "80",
        "SERVER_NAME": "klynge.region.dk",
        "STATIC_ROOT": "/srv/klynge/staticfiles/",
        "ACCESS_LOG": str(tmp_path / "access.log"),
        "SECURITY_HEADERS": str(deploy / "security-headers.conf"),
    }
    site = (deploy / "klynge.conf").read_text()
    for name, value in values.items():
        site = site.replace(f"@{name}@", value)
    assert not re.search(r"@[A-Z_]+@", site)
    (tmp_path / "klynge.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n include /etc/nginx/mime.types;\n client_body_temp_path {tmp_path}/body;\n"
        f" proxy_temp_path {tmp_path}/proxy;\n include {tmp_path}/klynge.conf;\n}}\n"
    )
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    result = subprocess.run([nginx, "-t", "-c", str(tmp_path / "nginx.conf")], capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
