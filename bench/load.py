"""Load benchmark: the public meeting page and a search under 50 concurrent clients.

Run: .venv/bin/python bench/load.py [--duration 25] [--connections 50] [--workers N]
     [--worker-class sync|gthread] [--threads 1] [--sweep 3,5,9] [--reuse-db]

Prepares its own SQLite database under build/load/ (migrate, build_demo, search index), starts
gunicorn on 127.0.0.1 on a free port with production settings (KLYNGE_DEBUG=0; only the HTTPS
redirect is switched off through KLYNGE_SSL_REDIRECT=0, since the benchmark speaks plain HTTP),
logs in as the demo's secretariat through the login form, and loads with wrk (Debian package
`wrk`: apt-get install wrk) at 50 connections:

1. the public meeting page of seed 004's meeting, /offentlig/moeder/<pk>/ (while the public site
   does not exist, the internal /moeder/<pk>/ with the secretariat's session; the output says
   which);
2. a search, /soeg/?q=…, with the session;
3. the page of (1) saved as a file and served by the same gunicorn setup through a minimal WSGI
   app (bench/load_static.py): the floor that gives the ratio.

Prints req/s, p50 and p99 per target (exact percentiles from wrk's histogram through a Lua
`done` hook), the targets (≥ 300 req/s and p99 ≤ 200 ms for the public meeting page) and the
ratios, as `name: value` lines; the last line is a one-line summary. Note that wrk runs on the
same two cores as the server and takes a share of them.

With --cluster it measures the production layout instead (scripts/run-cluster.sh --demo:
nginx, two gunicorn app servers with --workers each, PostgreSQL, Redis, S3, two task workers),
through nginx: the public meeting page and the logged-in search, first with one app server in
nginx's upstream, then with both (nginx reloaded in between), and prints req/s, p50 and p99 for
each, the ratio two/one, and the targets (meeting page ≥ 300 req/s with p99 ≤ 200 ms; search
≥ 200 req/s with p99 ≤ 300 ms). Every worker of both servers is loaded directly first (a
worker's first search loads the Danish dictionary); --cluster-order 2,1 measures two servers
first. The layout's folder is build/load-cluster/. On one 2-core machine both app servers share
the same cores, so two/one shows the cost of the layout rather than a gain.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "load"
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
USERNAME, PASSWORD = "sekretariat", "klynge-demo"
SEARCH_QUERY = "sundhedsaftale"
TARGET_RPS = 300
TARGET_P99_MS = 200
# Issue 17's targets for the layout: (req/s at least, p99 ms at most) per page.
CLUSTER_TARGETS = {"public_meeting": (300, 200), "search": (200, 300)}
CLUSTER_ROOT = ROOT / "build" / "load-cluster"

# wrk calls done() once at the end; latency:percentile() reads its full histogram.
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "max_us": %d,'
    .. ' "socket_errors": %d, "status_errors": %d, "timeouts": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency.max, e.connect + e.read + e.write, e.status, e.timeout))
end
"""


@dataclass
class Result:
    name: str
    url: str
    rps: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    requests: int
    errors: int


# --- setup -------------------------------------------------------------------------------------


def production_env(conn_max_age: int) -> dict[str, str]:
    """Production settings for a local plain-HTTP server: everything but the HTTPS redirect."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KLYNGE_")}
    env.update(
        KLYNGE_DEBUG="0",
        KLYNGE_SECRET_KEY=secrets.token_urlsafe(50),
        KLYNGE_ALLOWED_HOSTS="127.0.0.1",
        KLYNGE_SSL_REDIRECT="0",
        KLYNGE_DATABASE_URL=f"sqlite:///{WORK / 'klynge.sqlite3'}",
        KLYNGE_MEDIA_ROOT=str(WORK / "media"),
        KLYNGE_CONN_MAX_AGE=str(conn_max_age),
        KLYNGE_LOG_LEVEL="ERROR",
    )
    return env


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def prepare_database(env: dict[str, str], reuse: bool) -> None:
    database = WORK / "klynge.sqlite3"
    if reuse and database.exists():
        return
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    manage(env, "migrate", "--verbosity", "0")
    manage({**env, "KLYNGE_DEMO": "1"}, "build_demo")  # with the demo logins
    manage(env, "rebuild_search_index")


FIND_SEED_004 = """
from klynge.demo.meeting_004 import MEETING
from klynge.meetings.models import Meeting
print(Meeting.objects.get(forum__slug=MEETING.forum_slug, starts_at=MEETING.starts_at).pk)
"""


def seed_004_meeting(env: dict[str, str]) -> int:
    return int(manage(env, "shell", "--no-imports", "-c", FIND_SEED_004).split()[-1])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(app: str, env: dict[str, str], options: argparse.Namespace) -> tuple:
    port = free_port()
    command = [
        GUNICORN,
        app,
        f"--bind=127.0.0.1:{port}",
        f"--workers={options.workers}",
        f"--worker-class={options.worker_class}",
        f"--threads={options.threads}",
        "--log-level=warning",
        "--backlog=2048",
    ]
    log = (WORK / f"gunicorn-{port}.log").open("w")
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    _wait_until_up(server, base)
    return server, base


def _wait_until_up(server: subprocess.Popen, base: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn stopped at start; see {WORK}/gunicorn-*.log")
        try:
            urllib.request.urlopen(base + "/log-ind/", timeout=2).close()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not answer within 30 s")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


# --- HTTP without a cookie jar: production cookies are Secure, and this is plain HTTP ----------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


OPENER = urllib.request.build_opener(_NoRedirect)


def request(url: str, cookie: str = "", data: dict | None = None) -> tuple[int, dict, bytes]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers={"Cookie": cookie} if cookie else {})
    try:
        with OPENER.open(req, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def _cookies(headers: object) -> dict[str, str]:
    pairs = (value.split(";", 1)[0] for value in headers.get_all("Set-Cookie") or [])
    return dict(pair.split("=", 1) for pair in pairs)


def login(base: str) -> str:
    """The secretariat's session cookie, through the login form and its CSRF token."""
    status, headers, body = request(base + "/log-ind/")
    csrf_cookie = _cookies(headers)["csrftoken"]
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)[1].decode()
    form = {"csrfmiddlewaretoken": token, "username": USERNAME, "password": PASSWORD}
    status, headers, _ = request(base + "/log-ind/", f"csrftoken={csrf_cookie}", form)
    session = _cookies(headers).get("sessionid")
    if status != 302 or not session:
        sys.exit(f"login as {USERNAME} failed (HTTP {status})")
    return f"sessionid={session}"


def fetch_ok(url: str, cookie: str, expect: str) -> bytes:
    """One request that must answer 200 with the text: wrk would count a redirect as success."""
    status, _, body = request(url, cookie)
    if status != 200 or expect.encode() not in body:
        sys.exit(f"{url} answered {status} without {expect!r}; not benchmarking it")
    return body


# --- load --------------------------------------------------------------------------------------


def check_wrk() -> str:
    wrk = shutil.which("wrk")
    if not wrk:
        sys.exit("wrk is missing: install it with `apt-get install wrk` (Debian package wrk).")
    return wrk


def run_wrk(name: str, url: str, cookie: str, options: argparse.Namespace, seconds: int) -> Result:
    script = WORK / "report.lua"
    script.write_text(WRK_REPORT)
    command = [
        check_wrk(),
        f"--threads={options.wrk_threads}",
        f"--connections={options.connections}",
        f"--duration={seconds}s",
        "--timeout=10s",
        f"--script={script}",
        *(["--header", f"Cookie: {cookie}"] if cookie else []),
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("WRK_JSON "))
    data = json.loads(line.removeprefix("WRK_JSON "))
    errors = data["socket_errors"] + data["status_errors"] + data["timeouts"]
    return Result(
        name=name,
        url=url,
        rps=data["requests"] / (data["duration_us"] / 1e6),
        p50_ms=data["p50_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        max_ms=data["max_us"] / 1000,
        requests=data["requests"],
        errors=errors,
    )


def measure(name: str, url: str, cookie: str, options: argparse.Namespace) -> Result:
    if options.warmup:
        run_wrk(name, url, cookie, options, options.warmup)
    return run_wrk(name, url, cookie, options, options.duration)


# --- report ------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def ratio(floor: Result, result: Result) -> str:
    return f"{floor.rps / result.rps:.1f}" if result.rps else "n/a (no request completed)"


def print_result(result: Result, targets: bool) -> None:
    rps_note = p99_note = ""
    if targets:
        rps_note = f"  (target >= {TARGET_RPS}: {verdict(result.rps >= TARGET_RPS)})"
        p99_note = f"  (target <= {TARGET_P99_MS}: {verdict(result.p99_ms <= TARGET_P99_MS)})"
    print(f"{result.name}_req_per_s: {result.rps:.1f}{rps_note}")
    print(f"{result.name}_p50_ms: {result.p50_ms:.1f}")
    print(f"{result.name}_p99_ms: {result.p99_ms:.1f}{p99_note}")
    print(f"{result.name}_max_ms: {result.max_ms:.1f}")
    print(f"{result.name}_requests: {result.requests}")
    print(f"{result.name}_errors: {result.errors}")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=25, help="seconds per target")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of warm-up per target")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--worker-class", default="sync", choices=["sync", "gthread"])
    parser.add_argument("--threads", type=int, default=1, help="threads per gthread worker")
    parser.add_argument("--conn-max-age", type=int, default=60, help="KLYNGE_CONN_MAX_AGE")
    parser.add_argument(
        "--sweep", default="", help="worker counts to compare on the meeting page, e.g. 2,3,5,9"
    )
    parser.add_argument("--reuse-db", action="store_true", help="keep build/load's database")
    parser.add_argument(
        "--cluster",
        action="store_true",
        help="measure scripts/run-cluster.sh's layout through nginx, one and two app servers",
    )
    parser.add_argument(
        "--cluster-order",
        type=lambda text: [int(n) for n in text.split(",")],
        default=[1, 2, 1, 2],
        help="with --cluster: the app-server counts in the order measured (default 1,2,1,2: "
        "interleaved, as other work on the machine changes the figures over time)",
    )
    return parser.parse_args()


def sweep(env: dict[str, str], path: str, cookie: str, options: argparse.Namespace) -> list[str]:
    """req/s and p99 of the meeting page per worker count, to choose --workers."""
    chosen, lines = options.workers, []
    for workers in [int(n) for n in options.sweep.split(",") if n]:
        options.workers = workers
        server, base = start_gunicorn("klynge.wsgi:application", env, options)
        try:
            result = measure(f"sweep_workers_{workers}", base + path, cookie, options)
        finally:
            stop(server)
        lines.append(f"sweep_workers_{workers}_req_per_s: {result.rps:.1f}")
        lines.append(f"sweep_workers_{workers}_p99_ms: {result.p99_ms:.1f}")
    options.workers = chosen
    return lines


# --- the production layout (--cluster) -----------------------------------------------------------


def start_cluster(options: argparse.Namespace) -> tuple[subprocess.Popen, dict[str, str]]:
    """scripts/run-cluster.sh --demo, until it says it is ready; returns it and its env file."""
    shutil.rmtree(CLUSTER_ROOT, ignore_errors=True)
    CLUSTER_ROOT.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KLYNGE_")}
    env.update(
        KLYNGE_CLUSTER_ROOT=str(CLUSTER_ROOT), KLYNGE_CLUSTER_APP_WORKERS=str(options.workers)
    )
    output = CLUSTER_ROOT / "run-cluster.out"
    with output.open("w") as sink:
        cluster = subprocess.Popen(
            [str(ROOT / "scripts" / "run-cluster.sh"), "--demo"],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    deadline = time.monotonic() + 900
    while "cluster: ready" not in output.read_text():
        if cluster.poll() is not None or time.monotonic() > deadline:
            stop_cluster(cluster)
            sys.exit(f"scripts/run-cluster.sh did not start:\n{output.read_text()[-3000:]}")
        time.sleep(1)
    lines = (CLUSTER_ROOT / "cluster.env").read_text().splitlines()
    pairs = (shlex.split(line)[0].split("=", 1) for line in lines if not line.startswith("#"))
    return cluster, dict(pairs)


def stop_cluster(cluster: subprocess.Popen) -> None:
    subprocess.run(
        [str(ROOT / "scripts" / "run-cluster.sh"), "stop"],
        env={**os.environ, "KLYNGE_CLUSTER_ROOT": str(CLUSTER_ROOT)},
        capture_output=True,
    )
    try:
        cluster.wait(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(cluster.pid, signal.SIGKILL)


def use_app_servers(cluster_env: dict[str, str], count: int) -> None:
    """Put the first `count` app servers in nginx's upstream and reload nginx."""
    servers = [cluster_env[f"CLUSTER_APP{n}_URL"].removeprefix("http://") for n in (1, 2)]
    lines = [f"    server {server} max_fails=1 fail_timeout=10s;" for server in servers[:count]]
    Path(cluster_env["CLUSTER_NGINX_UPSTREAMS"]).write_text("\n".join(lines) + "\n")
    os.kill(int(cluster_env["CLUSTER_NGINX_PID"]), signal.SIGHUP)
    time.sleep(2)  # the new workers take over; the old ones finish their requests


def warm_app_servers(
    cluster_env: dict[str, str],
    public_path: str,
    search_path: str,
    cookie: str,
    options: argparse.Namespace,
) -> None:
    """Load every worker of both app servers directly first: a worker's first search loads
    the Danish dictionary (seconds), which would otherwise fall into the measured run."""
    for number in (1, 2):
        app = cluster_env[f"CLUSTER_APP{number}_URL"]
        run_wrk("warm", app + public_path, "", options, options.warmup)
        run_wrk("warm", app + search_path, cookie, options, options.warmup)


def print_cluster(name: str, one: Result, two: Result) -> bool:
    least_rps, most_p99 = CLUSTER_TARGETS[name]
    for label, result in (("one_server", one), ("two_servers", two)):
        print(f"{name}_{label}_req_per_s: {result.rps:.1f}")
        print(f"{name}_{label}_p50_ms: {result.p50_ms:.1f}")
        print(f"{name}_{label}_p99_ms: {result.p99_ms:.1f}")
        print(f"{name}_{label}_errors: {result.errors}")
    print(f"{name}_ratio_two_to_one: {ratio(two, one)}")
    met = two.rps >= least_rps and two.p99_ms <= most_p99 and two.errors == 0
    print(
        f"{name}_targets: >= {least_rps} req/s, p99 <= {most_p99} ms with two servers: "
        f"{verdict(met)}"
    )
    return met


def measure_rounds(
    cluster_env: dict[str, str], paths: dict[str, str], cookie: str, options: argparse.Namespace
) -> tuple[dict[int, list[dict[str, Result]]], list[str]]:
    """Each page through nginx with 1 or 2 app servers, in --cluster-order; and the load
    average before each round."""
    base = cluster_env["CLUSTER_URL"]
    cookies = {"public_meeting": "", "search": cookie}
    runs: dict[int, list[dict[str, Result]]] = {1: [], 2: []}
    loads: list[str] = []
    for count in options.cluster_order:
        use_app_servers(cluster_env, count)
        loads.append(f"{count}:{os.getloadavg()[0]:.2f}")
        runs[count].append(
            {
                name: measure(name, base + path, cookies[name], options)
                for name, path in paths.items()
            }
        )
    return runs, loads


def median(results: list[Result]) -> Result:
    return sorted(results, key=lambda result: result.rps)[len(results) // 2]


def report_cluster(
    options: argparse.Namespace,
    paths: dict[str, str],
    runs: dict[int, list[dict[str, Result]]],
    loads: list[str],
    load_before: tuple[float, float, float],
) -> None:
    print("layout: nginx, 2 gunicorn app servers, PostgreSQL, Redis, S3 (moto), 2 task workers")
    print(f"server: gunicorn {options.worker_class}, {options.workers} workers per app server")
    print(f"cores: {os.cpu_count()}")
    print(f"connections: {options.connections}")
    print(f"duration_s: {options.duration}")
    print(f"meeting_page_path: {paths['public_meeting']}")
    print(f"search_path: {paths['search']}")
    # Other work on the machine moves the figures over time: the median round stands for each.
    print(f"rounds: {len(runs[1])} with one server, {len(runs[2])} with two (median by req/s)")
    one, two = ({name: median([run[name] for run in runs[n]]) for name in paths} for n in (1, 2))
    met = [print_cluster(name, one[name], two[name]) for name in CLUSTER_TARGETS]
    print("load_average_before: " + " ".join(f"{load:.2f}" for load in load_before))
    print("load_average_1min_before_each_round (servers:load): " + " ".join(loads))
    print("load_average_after: " + " ".join(f"{load:.2f}" for load in os.getloadavg()))
    meeting, search = two["public_meeting"], two["search"]
    print(
        f"summary: through nginx with two app servers the meeting page {meeting.rps:.0f} req/s "
        f"p99 {meeting.p99_ms:.0f} ms, search {search.rps:.0f} req/s p99 {search.p99_ms:.0f} ms; "
        f"two/one {ratio(meeting, one['public_meeting'])} and "
        f"{ratio(search, one['search'])}; targets {verdict(all(met))}"
    )


def cluster_main(options: argparse.Namespace) -> None:
    load_before = os.getloadavg()
    WORK.mkdir(parents=True, exist_ok=True)  # wrk's report script
    cluster, cluster_env = start_cluster(options)
    try:
        env = {**production_env(options.conn_max_age), **cluster_env}
        base = cluster_env["CLUSTER_URL"]
        cookie = login(base)
        paths = {
            "public_meeting": f"/offentlig/moeder/{seed_004_meeting(env)}/",
            "search": "/soeg/?" + urllib.parse.urlencode({"q": SEARCH_QUERY}),
        }
        fetch_ok(base + paths["public_meeting"], "", "Lillebælt")
        fetch_ok(base + paths["search"], cookie, SEARCH_QUERY)
        warm_app_servers(cluster_env, paths["public_meeting"], paths["search"], cookie, options)
        runs, loads = measure_rounds(cluster_env, paths, cookie, options)
    finally:
        stop_cluster(cluster)
    report_cluster(options, paths, runs, loads, load_before)


def main() -> None:
    options = parse_args()
    check_wrk()
    if options.cluster:
        cluster_main(options)
        return
    load_before = os.getloadavg()[0]
    env = production_env(options.conn_max_age)
    prepare_database(env, options.reuse_db)
    pk = seed_004_meeting(env)
    server, base = start_gunicorn("klynge.wsgi:application", env, options)
    try:
        cookie = login(base)
        public_path = f"/offentlig/moeder/{pk}/"
        public = request(base + public_path)[0] == 200
        meeting_path, meeting_cookie = (public_path, "") if public else (f"/moeder/{pk}/", cookie)
        page = fetch_ok(base + meeting_path, meeting_cookie, "Lillebælt")
        search_path = "/soeg/?" + urllib.parse.urlencode({"q": SEARCH_QUERY})
        fetch_ok(base + search_path, cookie, SEARCH_QUERY)
        meeting = measure("public_meeting", base + meeting_path, meeting_cookie, options)
        search = measure("search", base + search_path, cookie, options)
    finally:
        stop(server)
    swept = sweep(env, meeting_path, meeting_cookie, options) if options.sweep else []
    saved = WORK / "meeting.html"
    saved.write_bytes(page)
    static_server, static_base = start_gunicorn(
        "bench.load_static:application", {**env, "KLYNGE_STATIC_PAGE": str(saved)}, options
    )
    try:
        static = measure("static_page", static_base + "/", "", options)
    finally:
        stop(static_server)

    print(f"server: gunicorn {options.worker_class}, {options.workers} workers", end="")
    print(f" x {options.threads} threads" if options.worker_class == "gthread" else "")
    print(f"cores: {os.cpu_count()}")
    print(f"connections: {options.connections}")
    print(f"duration_s: {options.duration}")
    print(f"meeting_page_path: {meeting_path}" + ("" if public else "  (internal, logged in)"))
    print(f"meeting_page_bytes: {len(page)}")
    print(f"search_path: {search_path}")
    for line in swept:
        print(line)
    print_result(meeting, targets=True)
    print_result(search, targets=False)
    print_result(static, targets=False)
    print(f"ratio_static_to_public_meeting: {ratio(static, meeting)}")
    print(f"ratio_static_to_search: {ratio(static, search)}")
    # Other work on the machine takes cores from the server: a high load makes the figures low.
    print(f"load_average_1min_before: {load_before:.2f}")
    print(f"load_average_1min_after: {os.getloadavg()[0]:.2f}")
    met = meeting.rps >= TARGET_RPS and meeting.p99_ms <= TARGET_P99_MS
    print(
        f"summary: meeting page {meeting.rps:.0f} req/s p99 {meeting.p99_ms:.0f} ms "
        f"(targets >= {TARGET_RPS} req/s, p99 <= {TARGET_P99_MS} ms: {verdict(met)}); "
        f"search {search.rps:.0f} req/s p99 {search.p99_ms:.0f} ms; "
        f"static {static.rps:.0f} req/s, {ratio(static, meeting)}x the meeting page"
    )


if __name__ == "__main__":
    main()
