"""`make load`: 50 people use declinewiz at once, on gunicorn and PostgreSQL, with faults.

Each simulated person signs up, answers every step of the wizard, edits their message a few
times (reading it back each time), and marks it sent. In the middle of the run one gunicorn
worker is killed (SIGKILL; --no-kill-worker to skip); requests that die with it are retried
by the person and counted. With --cut-connections PostgreSQL also ends every connection of
the app later on, as a restart or failover would: the workers reconnect by themselves, and
the few requests caught at that instant get the 503 page, are counted apart and retried.

At the end every person's draft in the database must be exactly what they last submitted,
under their own account; every response must be a page (200) or a redirect (302), but those
503s; and everything must finish within the time limit (120 s).

The script stands where the TLS proxy would: the server trusts it (TRUSTED_PROXIES=127.0.0.1)
and each person comes from an address of their own in X-Forwarded-For, so the sign-in and
sign-up limits count each person apart, as they would in production.

Everything runs on loopback: the server binds 127.0.0.1, and the database is a database of the
script's own, `declinewiz_load`, created and dropped here on the PostgreSQL server named by
DATABASE_URL (default postgres://postgres@127.0.0.1:5432). Exit status 0 means all held.
"""

import argparse
import http.client
import ipaddress
import os
import random
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.answers import FULL, step_posts  # noqa: E402

DATABASE = "declinewiz_load"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
PASSWORD = "load-test-passphrase-not-a-secret"  # noqa: S105
CONFLICT = "changed in another tab"
FIRST_ADDRESS = ipaddress.ip_address("198.18.0.1")  # the range kept for benchmarks (RFC 2544)
EXPECTED = {200, 302}
EDITS = 3
REQUESTS_PER_PERSON = 26  # roughly; only used to place the faults in the middle of the run


# --- the database ---------------------------------------------------------------------------


def server_params():
    """Host, port and user of the PostgreSQL server named by DATABASE_URL (or the default)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        url = "postgres://postgres@127.0.0.1:5432/"
    parts = urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    if host not in LOOPBACK:
        sys.exit(f"load.py runs on loopback only; DATABASE_URL names {host!r}.")
    params = {"host": host, "port": parts.port or 5432, "user": parts.username or "postgres"}
    if parts.password:
        params["password"] = parts.password
    return params


def database_url(params):
    secret = f":{params['password']}" if "password" in params else ""
    return f"postgres://{params['user']}{secret}@{params['host']}:{params['port']}/{DATABASE}"


def recreate_database(params):
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(DATABASE))
        )
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))


def drop_database(params):
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(DATABASE))
        )


def cut_connections(params):
    """What a database restart does to the app: every one of its connections ends."""
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [DATABASE],
        ).fetchall()
    return len(rows)


# --- the server -----------------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_env(params):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DJANGO_SETTINGS_MODULE", "CONN_MAX_AGE")
    }
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        TRUSTED_PROXIES="127.0.0.1",
        DATABASE_URL=database_url(params),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args, "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
    )


def collect_static(env):
    """Production serves hashed, compressed files; collecting them takes a minute, so files
    collected after the last change to static/ are used as they are."""
    manifest = ROOT / "staticfiles" / "staticfiles.json"
    sources = [path.stat().st_mtime for path in (ROOT / "static").rglob("*") if path.is_file()]
    if manifest.exists() and manifest.stat().st_mtime > max(sources, default=0):
        return
    print("  collecting static files (about a minute, once)")
    manage(env, "collectstatic")


def start_gunicorn(env, port, workers, log):
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "declinewiz.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        "--worker-class=sync",
        "--timeout=30",
        "--graceful-timeout=5",
        "--backlog=512",
        "--log-level=warning",
    ]
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn stopped while starting; see its log above")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer /healthz within 30 s")


def stop_gunicorn(server):
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)  # the group this script started
            server.wait(timeout=5)


def workers_of(master_pid):
    """The PIDs of gunicorn's workers: the master's children."""
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces, so split after its ")".
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == master_pid:
            children.append(int(entry.name))
    return children


# --- what happened --------------------------------------------------------------------------


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses: Counter = field(default_factory=Counter)
    requests: int = 0
    connection_errors: int = 0
    error_kinds: Counter = field(default_factory=Counter)
    losses: list = field(default_factory=list)
    retries: int = 0
    conflicts: int = 0
    fault_503s: int = 0
    unexpected: list = field(default_factory=list)
    faults: list = field(default_factory=list)  # (name, time.monotonic())
    problems: list = field(default_factory=list)

    def response(self, method, path, status):
        with self.lock:
            self.requests += 1
            self.statuses[status] += 1
            if status in EXPECTED:
                return
            if status == 503 and self.just_after("connections cut"):
                self.fault_503s += 1
            else:
                self.unexpected.append(f"{status} {method} {path}")

    def just_after(self, fault, seconds=3.0):
        now = time.monotonic()
        return any(name == fault and 0 <= now - at <= seconds for name, at in self.faults)

    def lost(self, error, request, sent_at):
        with self.lock:
            self.connection_errors += 1
            self.error_kinds[type(error).__name__] += 1
            self.losses.append((sent_at, time.monotonic(), type(error).__name__, request))

    def count(self, name):
        with self.lock:
            setattr(self, name, getattr(self, name) + 1)

    def problem(self, text):
        with self.lock:
            self.problems.append(text)


class Transient(Exception):
    """The request died with a worker or a connection: try again."""


# --- a person with a browser ----------------------------------------------------------------


class Page(HTMLParser):
    """What a person reads off a page: hidden fields, the text boxes, the radio options."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.hidden, self.textareas, self.radios = {}, {}, {}
        self._textarea = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name"):
            self.hidden[attrs["name"]] = attrs.get("value", "")
        elif tag == "input" and attrs.get("type") == "radio":
            self.radios.setdefault(attrs.get("name"), []).append(attrs.get("value"))
        elif tag == "textarea":
            self._textarea = attrs.get("name")
            self.textareas[self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.textareas[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None


@dataclass
class Response:
    status: int
    location: str
    body: str


class Browser:
    """A cookie jar and plain HTTP. Production cookies are Secure; over loopback HTTP a real
    browser would drop them, so this jar keeps every cookie whatever its flags."""

    def __init__(self, port, tally, address):
        self.port, self.tally, self.cookies = port, tally, {}
        self.address = str(address)  # as the proxy would append it

    def request(self, method, path, form=None):
        headers = {"Host": f"127.0.0.1:{self.port}", "X-Forwarded-For": self.address}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        sent_at = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read().decode("utf-8", "replace")
        except (ConnectionError, http.client.HTTPException, TimeoutError) as error:
            self.tally.lost(error, f"{method} {path}", sent_at)
            raise Transient(f"{method} {path}: {error!r}") from error
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            jar = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        self.tally.response(method, path, response.status)
        if response.status == 503:
            raise Transient(f"{method} {path}: 503")
        location = urlsplit(response.getheader("Location") or "").path
        return Response(response.status, location, content)

    def get(self, path, attempts=6):
        for attempt in range(attempts):
            try:
                return self.request("GET", path)
            except Transient:
                if attempt == attempts - 1:
                    raise
                self.tally.count("retries")
                time.sleep(0.2 * (attempt + 1))
        raise AssertionError("unreachable")

    def submit(self, path, fields, *, saved, attempts=6):
        """Open the page, fill it in, send it; on a lost request, do it all again.

        A retried POST may find its first try already saved: the page it reopens then has the
        new version, and sending the same answers again is harmless.
        """
        for attempt in range(attempts):
            try:
                page = self.get(path)
                if page.status != 200:
                    return page
                form = {**Page(page.body).hidden, **fields}
                form["csrfmiddlewaretoken"] = self.cookies["csrftoken"]
                response = self.request("POST", path, form)
            except Transient:
                self.tally.count("retries")
                time.sleep(0.2 * (attempt + 1))
                continue
            if saved(response):
                return response
            if CONFLICT in response.body or response.status == 302:
                self.tally.count("conflicts")
                continue
            return response  # a page with field errors: the caller says what went wrong
        raise RuntimeError(f"gave up on POST {path} after {attempts} tries")

    def press(self, page, action, attempts=6):
        """Press a button (a form with no fields) on `page` that posts to `action`."""
        for attempt in range(attempts):
            try:
                self.get(page)
                token = self.cookies["csrftoken"]
                return self.request("POST", action, {"csrfmiddlewaretoken": token})
            except Transient:
                self.tally.count("retries")
                time.sleep(0.2 * (attempt + 1))
        raise RuntimeError(f"gave up on POST {action} after {attempts} tries")


@dataclass
class Person:
    number: int
    email: str
    company: str
    draft_id: str = ""
    subject: str = ""
    body: str = ""
    script: str = ""
    done: bool = False


def answers(person, step, page):
    """What `person` posts on `step`: the full answers (tests/answers.py), made their own."""
    n = person.number
    stage = ("invited", "scheduled", "mid_process")[n % 3]
    values = {
        **FULL,
        "stage": stage,
        "rounds_done": 2 if stage == "mid_process" else None,
        "company": person.company,
        "role": f"Role of person {n}",
        "contact_name": f"Contact {n} Rivera",
        "contact_email": f"contact{n}@example.com",
        "sender_name": f"Person {n}",
        "sender_signature": f"Person {n}",
        "sender_phone": "",
        "reasons": ["career_goals"],
        "private_note": f"Private note of person {n}.",
        # Whatever the page offers first: the stages differ in what they allow.
        "action": Page(page).radios["action"][0] if step == "advice" else FULL["action"],
        "extras": ["door_open"],  # offered whatever the action
    }
    return step_posts(values, interview_day=f"2030-05-{1 + n % 27:02d}", interview_time="10:30")[
        step
    ]


def journey(person, browser, tally):
    # Sign up (a retry may find the account made by the lost first try: then sign in).
    response = browser.submit(
        "/accounts/signup/",
        {
            "email": person.email,
            "display_name": f"Person {person.number}",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
        saved=lambda r: r.status == 302,
    )
    if response.status != 302:
        if "already exists" not in response.body:
            raise RuntimeError(f"sign-up refused: {response.status}")
        signed_in = browser.submit(
            "/accounts/login/",
            {"username": person.email, "password": PASSWORD},
            saved=lambda r: r.status == 302,
        )
        assert signed_in.status == 302, "could not sign in"

    # Start a draft from the list page. A retried start may leave an empty extra draft.
    started = browser.press("/drafts/", "/drafts/new/")
    if started.status != 302:
        raise RuntimeError("could not start a draft")
    person.draft_id = started.location.split("/")[2]

    # Every step the wizard asks, in the order it asks them.
    path = started.location
    while "/step/" in path:
        step = path.rstrip("/").rsplit("/", 1)[1]
        page = browser.get(path).body
        here = path
        response = browser.submit(
            here,
            {**answers(person, step, page), "nav": "next"},
            saved=lambda r, here=here: r.status == 302 and r.location != here,
        )
        if response.status != 302:
            raise RuntimeError(f"step {step} refused the answers")
        path = response.location
    message = f"/drafts/{person.draft_id}/message/"
    if path != message:
        raise RuntimeError(f"the wizard ended at {path}, not the message")

    # Edit the message a few times, reading it back each time.
    for edit in range(1, EDITS + 1):
        tag = f"{person.number}.{edit}.{secrets.token_hex(3)}"
        person.subject = f"Withdrawing my application {tag}"
        person.body = (
            f"Dear Ms Rivera,\n\nThank you for your time. This is edit {tag} of person "
            f"{person.number}.\n\nBest regards,\nPerson {person.number}"
        )
        person.script = f"Hello, this is Person {person.number}. Script edit {tag}."
        response = browser.submit(
            message,
            {
                "subject": person.subject,
                "body": person.body,
                "script": person.script,
                "intent": "save",
            },
            saved=lambda r: r.status == 302,
        )
        if response.status != 302:
            raise RuntimeError("the message page refused an edit")
        shown = browser.get(message)
        boxes = Page(shown.body).textareas
        if unescape(boxes.get("body", "")).strip() != person.body:
            tally.problem(f"person {person.number}: the page shows another body after edit {edit}")
        companies = set(re.findall(r"Loadco \d+-[0-9a-f]+", unescape(shown.body)))
        if companies != {person.company}:
            tally.problem(f"person {person.number}: their message page names {companies}")

    done = browser.press(message, f"/drafts/{person.draft_id}/message/done/")
    if done.status != 302:
        raise RuntimeError("could not mark the message as sent")
    person.done = True


# --- the run --------------------------------------------------------------------------------


def person_runs(person, port, tally, deadline):
    browser = Browser(port, tally, FIRST_ADDRESS + person.number)
    try:
        journey(person, browser, tally)
    except Exception as error:  # one person's failure is reported, the others carry on
        tally.problem(f"person {person.number}: {error}")
    if time.monotonic() > deadline:
        tally.problem(f"person {person.number}: finished after the time limit")


def inject_faults(server, params, tally, total, stop, *, kill_worker, cut):
    """Once the run is well under way: kill a worker; a little later, cut the connections."""
    plan = []
    if kill_worker:
        plan.append((0.4, "worker killed"))
    if cut:
        plan.append((0.65, "connections cut"))
    for share, fault in plan:
        while not stop.is_set() and tally.requests < share * total:
            time.sleep(0.05)
        if stop.is_set():
            return
        with tally.lock:
            tally.faults.append((fault, time.monotonic()))
        if fault == "worker killed":
            victim = random.choice(workers_of(server.pid))
            os.kill(victim, signal.SIGKILL)
            print(f"  {tally.requests} requests in: SIGKILL to gunicorn worker {victim}")
        else:
            ended = cut_connections(params)
            print(f"  {tally.requests} requests in: PostgreSQL ended {ended} app connections")


def verify(people, params):
    """Every person's draft, read from the database, against what they last submitted."""
    problems, extra_drafts = [], 0
    with psycopg.connect(dbname=DATABASE, **params) as db:
        for person in people:
            if not person.done:
                continue
            row = db.execute(
                "SELECT u.email, d.company, d.edited_subject, d.edited_body, d.edited_script, "
                "d.status FROM drafts_draft d JOIN accounts_user u ON u.id = d.owner_id "
                "WHERE d.id = %s",
                [person.draft_id],
            ).fetchone()
            expected = (
                person.email,
                person.company,
                person.subject,
                person.body,
                person.script,
                "done",
            )
            if row != expected:
                problems.append(f"person {person.number}: saved {row!r}, expected {expected!r}")
            owned = db.execute(
                "SELECT count(*) FROM drafts_draft d JOIN accounts_user u ON u.id = d.owner_id "
                "WHERE u.email = %s",
                [person.email],
            ).fetchone()[0]
            extra_drafts += owned - 1
        accounts = db.execute("SELECT count(*) FROM accounts_user").fetchone()[0]
    if accounts != len(people):
        problems.append(f"{accounts} accounts for {len(people)} people")
    return problems, extra_drafts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--time-limit", type=float, default=120, help="seconds for the journeys")
    parser.add_argument(
        "--kill-worker",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="SIGKILL one gunicorn worker in the middle of the run (default: yes)",
    )
    parser.add_argument(
        "--cut-connections",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="also have PostgreSQL end the app's connections later in the run; requests in "
        "flight at that instant get the 503 page, are counted apart and retried (default: no)",
    )
    parser.add_argument("--keep-database", action="store_true", help=f"keep {DATABASE}")
    options = parser.parse_args()

    params = server_params()
    env = production_env(params)
    print(
        f"== load: {options.users} people, gunicorn with {options.workers} sync workers, "
        f"PostgreSQL database {DATABASE} on {params['host']}:{params['port']}"
    )
    recreate_database(params)
    server = None
    with tempfile.TemporaryFile(mode="w+") as log:
        try:
            manage(env, "migrate")
            collect_static(env)
            port = free_port()
            server = start_gunicorn(env, port, options.workers, log)
            print(f"  gunicorn on http://127.0.0.1:{port} (production settings, DEBUG=false)")
            return load(options, params, server, port, log)
        finally:
            if server is not None:
                stop_gunicorn(server)
            if not options.keep_database:
                drop_database(params)


def load(options, params, server, port, log):
    tally = Tally()
    run = secrets.token_hex(3)
    people = [
        Person(number=n, email=f"person{n}-{run}@example.com", company=f"Loadco {n:02d}-{run}")
        for n in range(options.users)
    ]
    started = time.monotonic()
    deadline = started + options.time_limit
    stop = threading.Event()
    faults = threading.Thread(
        target=inject_faults,
        args=(server, params, tally, options.users * REQUESTS_PER_PERSON, stop),
        kwargs={"kill_worker": options.kill_worker, "cut": options.cut_connections},
        daemon=True,
    )
    threads = [
        threading.Thread(target=person_runs, args=(p, port, tally, deadline), daemon=True)
        for p in people
    ]
    faults.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(0.1, deadline - time.monotonic()))
    elapsed = time.monotonic() - started
    stop.set()
    unfinished = sum(thread.is_alive() for thread in threads)
    if unfinished:
        tally.problem(f"{unfinished} people had not finished after {options.time_limit:.0f} s")

    problems, extra_drafts = verify(people, params)
    finished = sum(person.done for person in people)
    print(f"  journeys:          {finished}/{len(people)} finished in {elapsed:.1f} s")
    print(
        f"  requests:          {tally.requests} "
        f"({tally.requests / elapsed:.0f}/s), by status: {dict(sorted(tally.statuses.items()))}"
    )
    print(f"  faults injected:   {', '.join(name for name, _ in tally.faults) or 'none'}")
    print(
        f"  lost requests:     {tally.connection_errors} connection errors "
        f"{dict(tally.error_kinds)}, "
        f"{tally.fault_503s} 503s while connections were cut"
    )
    print(
        f"  retried by people: {tally.retries} (plus {tally.conflicts} re-sent after "
        "finding their first try saved)"
    )
    for sent, failed, kind, request in tally.losses[:8]:
        when = ", ".join(f"{sent - at:+.1f} s from {name}" for name, at in tally.faults)
        print(f"    {request}: {kind} {failed - sent:.1f} s after sending ({when})")
    print(f"  unexpected status: {len(tally.unexpected)} {tally.unexpected[:5]}")
    print(
        f"  drafts checked:    {finished - len(problems)}/{finished} exactly as last "
        f"submitted, by their owner; {extra_drafts} extra empty drafts from retried starts"
    )
    failures = tally.problems + problems + tally.unexpected
    if options.kill_worker and not any(n == "worker killed" for n, _ in tally.faults):
        failures.append("the worker was never killed: the run ended too early")
    if failures:
        print("== load FAILED:")
        for failure in failures[:20]:
            print(f"  - {failure}")
        log.seek(0)
        print("-- gunicorn's log (last lines):")
        print("".join(log.readlines()[-30:]))
        return 1
    print("== load passed: no lost or mixed-up draft, no unexpected status")
    return 0


if __name__ == "__main__":
    sys.exit(main())
