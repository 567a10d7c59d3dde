"""`make bench`: every page's throughput as a ratio to the server's own floor, in one run.

It collects the static files and migrates a database of its own (SQLite in a temporary folder,
or `declinewiz_bench` on the PostgreSQL server named by DATABASE_URL, created and dropped
here), seeds a person with 1,000 drafts, starts gunicorn on 127.0.0.1 with production settings
(2 sync workers) and measures each page with wrk, interleaved with /healthz in several rounds.
Each page's ratio is its requests/s over the floor's measured either side of it, so a busy machine
slows both alike. Then: the composer timed in-process, the drafts list and a wizard step with
10 and with 10,000 drafts, and each page's weight on first load. The last line is
`slowest page/healthz throughput ratio: X.XX (PAGE)`.

It starts with the etiquette check's report (precision and recall per finding on its corpus)
and its time on a 400-word email; `--only etiquette` runs just that part
(`make etiquette-report`).
"""

import argparse
import http.client
import os
import platform
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from contextlib import ExitStack, closing
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import etiquette, pageweight, wrk  # noqa: E402
from tests.answers import step_posts  # noqa: E402

BENCH_DATABASE = "declinewiz_bench"
HOST = "127.0.0.1"
STEPS = ("situation", "people", "reasons", "advice", "channel", "tone", "check")
POST_POOL = 8  # drafts the POSTs rotate through: more than the requests ever in flight
POST_SESSIONS = 2000
SCALE_SMALL, SCALE_LARGE = 10, 10_000
# The list shows 20 drafts a page: at 10 drafts its page holds half the rows it holds at 10,000.
SCALE_FULL_PAGE = 20
# Pages measured between two measurements of the floor.
FLOOR_EVERY = 6

INTERVIEW_DAY = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 5 * 86400))
# Valid answers for each step, the same as the seeded drafts already hold (tests/answers.py).
POST_DATA = step_posts(interview_day=INTERVIEW_DAY)


def say(*parts):
    print(*parts, flush=True)


# --- the machine and wrk -------------------------------------------------------------------


def machine():
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{os.cpu_count()} CPUs ({model}), {platform.system()} {platform.release()}", load


def ensure_wrk():
    if wrk.find_wrk():
        return True
    say("wrk is not installed. Install it with: apt-get install -y wrk")
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        say("Running as root: installing wrk with apt-get ...")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False, env=env)
    return bool(wrk.find_wrk())


# --- the database --------------------------------------------------------------------------


def postgres_urls(url):
    """The maintenance database and the bench's own one, on the server `url` names."""
    parts = urlsplit(url)
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    return maintenance, urlunsplit(parts._replace(path=f"/{BENCH_DATABASE}"))


def postgres_database(maintenance, *, create):
    import psycopg

    with closing(psycopg.connect(maintenance, autocommit=True)) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")
        if create:
            connection.execute(f"CREATE DATABASE {BENCH_DATABASE}")


# --- HTTP on loopback ----------------------------------------------------------------------


class Server:
    def __init__(self, port):
        self.port = port

    def request(self, method, path, *, cookie="", body=None, headers=None):
        connection = http.client.HTTPConnection(HOST, self.port, timeout=30)
        try:
            sent = {"Host": HOST, **(headers or {})}
            if cookie:
                sent["Cookie"] = cookie
            if body is not None:
                sent["Content-Type"] = "application/x-www-form-urlencoded"
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            connection.close()

    def url(self, path):
        return f"http://{HOST}:{self.port}{path}"


def free_port():
    with closing(socket.socket()) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def production_env(folder, database_url):
    """The environment of a production-like server: static files and data under `folder`."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "BENCH_STATIC_ROOT": str(folder / "static"),
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }


def start_gunicorn(env, log):
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "declinewiz.wsgi:application",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            "2",
            "--worker-class",
            "sync",
            "--chdir",
            str(ROOT),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    server = Server(port)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("gunicorn stopped while starting; see its log above.")
        try:
            if server.request("GET", "/healthz")[0] == 200:
                return process, server
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("gunicorn did not answer /healthz within 30 seconds.")


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def csrf_pair(server, cookie, path):
    """The CSRF cookie and a form token for it, as a browser gets them from a form page."""
    status, headers, body = server.request("GET", path, cookie=cookie)
    assert status == 200, f"GET {path} gave {status}"
    secret = next(
        re.match(r"csrftoken=([^;]+)", value).group(1)
        for name, value in headers
        if name.lower() == "set-cookie" and value.startswith("csrftoken=")
    )
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    return secret, token


# --- measuring -----------------------------------------------------------------------------


class Page:
    def __init__(self, name, path, *, cookie="", script=None, expect=200):
        self.name, self.path, self.cookie, self.script, self.expect = (
            name,
            path,
            cookie,
            script,
            expect,
        )
        self.results = []  # (wrk.Result, floor requests/s of the same round)

    def measure(self, server, seconds):
        return wrk.run(
            server.url(self.path), cookie=self.cookie, script=self.script, seconds=seconds
        )

    def ratios(self):
        return [result.requests_per_second / floor for result, floor in self.results]


def check_pages(server, pages, posts):
    """Every page answers as it should before anything is timed: 200, or a POST's redirect on."""
    for page in pages:
        if page.script is not None:
            path, cookie, body = posts[page.name]
            status, headers, _ = server.request("POST", path, cookie=cookie, body=body)
            location = {k.lower(): v for k, v in headers}.get("location", "")
            saved = status == 302 and path not in location
            assert saved, f"POST {path} gave {status} to {location!r}: the answers did not save"
        else:
            status, _, _ = server.request("GET", page.path, cookie=page.cookie)
            assert status == page.expect, f"GET {page.path} gave {status}"


def warm_up(server, pages, posts):
    for page in pages:
        for _ in range(5):
            if page.script is not None:
                path, cookie, body = posts[page.name]
                server.request("POST", path, cookie=cookie, body=body)
            else:
                server.request("GET", page.path, cookie=page.cookie)


def run_rounds(server, floor, pages, *, rounds, seconds):
    """Each round: the floor, then the pages FLOOR_EVERY at a time with the floor again after
    each group; a page's floor is the mean of the two measured either side of its group, about
    20 seconds apart. Each round starts at another page, so no page is always measured at the
    same point of a round (after the POSTs, say)."""
    for number in range(1, rounds + 1):
        start = (number - 1) * len(pages) // rounds
        order = pages[start:] + pages[:start]
        before = floor.measure(server, seconds)
        floors = [before]
        for first in range(0, len(order), FLOOR_EVERY):
            measured = [
                (page, page.measure(server, seconds)) for page in order[first : first + FLOOR_EVERY]
            ]
            after = floor.measure(server, seconds)
            floors.append(after)
            around = (before.requests_per_second + after.requests_per_second) / 2
            for page, result in measured:
                if result.bad:
                    say(
                        f"  ! {page.name}: {result.bad} bad responses or socket errors in round "
                        f"{number}"
                    )
                page.results.append((result, around))
            before = after
        mean = statistics.mean(result.requests_per_second for result in floors)
        floor.results += [(result, mean) for result in floors]
        say(f"  round {number}/{rounds}: /healthz {mean:,.0f} requests/s")


def table(floor, pages):
    header = f"{'page':<28} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>6} {'(min-max)':>11}"
    lines = [header, "-" * len(header)]
    for page in [floor, *pages]:
        rps = statistics.median(r.requests_per_second for r, _ in page.results)
        p50 = statistics.median(r.p50_ms for r, _ in page.results)
        p99 = statistics.median(r.p99_ms for r, _ in page.results)
        ratios = page.ratios()
        lines.append(
            f"{page.name:<28} {rps:>8,.0f} {p50:>8.2f} {p99:>8.2f} {statistics.median(ratios):>6.2f}"
            f" {min(ratios):>5.2f}-{max(ratios):<5.2f}"
        )
    return "\n".join(lines)


# --- the parts of the run ------------------------------------------------------------------


def compose_timing(draft):
    """compose_all for one draft, in microseconds (best of several runs), and per wording.

    compose_all is every output: the advice, the channel, the email, the phone script with its
    follow-up email, and the etiquette check of the email.
    """
    from declinewiz.compose.writer import compose_all
    from declinewiz.drafts.answers import answers_from_draft

    answers = answers_from_draft(draft)

    def best(function):
        timer = timeit.Timer(function)
        number, _ = timer.autorange()
        return min(timer.repeat(repeat=5, number=number)) / number * 1e6

    one = best(lambda: compose_all(answers))
    wordings = [replace(answers, variant=variant) for variant in range(10)]
    variants = [best(lambda varied=varied: compose_all(varied)) for varied in wordings]
    return one, statistics.mean(variants), max(variants)


def etiquette_part():
    """The etiquette report and timing; (targets met, words, ms a check) for the summary."""
    met = etiquette.report()
    words, first, best = etiquette.speed()
    say(
        f"etiquette check on a {words}-word email: {best:.2f} ms a save "
        f"(first call in this process: {first:.0f} ms)"
    )
    return met, words, best


def page_weights(server, pages):
    """Per page: HTML gzipped at level 9, plus each static file as whitenoise sends it."""
    weights = []
    for page in pages:
        status, _, html = server.request("GET", page.path, cookie=page.cookie)
        assert status == 200, f"GET {page.path} gave {status}"
        total = html_bytes = pageweight.compressed_size(html)
        foreign = []
        for url in dict.fromkeys(pageweight.resources(html.decode())):
            if pageweight.is_other_origin(url):
                foreign.append(url)
                continue
            status, _, body = server.request("GET", url, headers={"Accept-Encoding": "br, gzip"})
            assert status == 200, f"GET {url} gave {status}"
            total += len(body)
        weights.append((page.name, html_bytes, total, foreign))
    return weights


def scale(server, floor, *, seconds):
    """Drafts list and the reasons step for three people, with 10, 20 and 10,000 drafts.

    All six pages are measured in the same rounds, each against the floor either side of it,
    so the three sizes are compared at the same moments of the run (one person grown from 10
    to 10,000 drafts between rounds compared the sizes minutes apart)."""
    from bench import seed

    pages = {}
    for size in (SCALE_SMALL, SCALE_FULL_PAGE, SCALE_LARGE):
        person = seed.person(email=f"scale-{size}@example.com")
        draft = seed.answered_drafts(person.user, count=1)[0]
        seed.many_drafts(person.user, count=size - 1, seed=size)
        cookie = f"sessionid={person.session_key}"
        pages[size] = [
            Page("drafts list", "/drafts/", cookie=cookie),
            Page("reasons step", f"/drafts/{draft.pk}/step/reasons/", cookie=cookie),
        ]
    seed.analyse()
    run_rounds(
        server, floor, [page for row in pages.values() for page in row], rounds=3, seconds=seconds
    )
    measured = {
        size: {page.name: statistics.median(page.ratios()) for page in row}
        for size, row in pages.items()
    }
    # Time per request grows as throughput falls: time(10,000)/time(10) = ratio(10)/ratio(10,000).
    return {
        (name, small): measured[small][name] / measured[SCALE_LARGE][name]
        for small in (SCALE_SMALL, SCALE_FULL_PAGE)
        for name in measured[small]
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=3, help="wrk duration per measurement")
    parser.add_argument(
        "--only", choices=["etiquette"], help="run one part alone: etiquette (report and timing)"
    )
    args = parser.parse_args()
    if args.only == "etiquette":
        met, _, _ = etiquette_part()
        return 0 if met else 1

    if not ensure_wrk():
        say("wrk is still missing; install it (apt-get install -y wrk) and run `make bench` again.")
        return 2
    started = time.monotonic()
    described, load = machine()
    say(f"machine: {described}; load average at start {load:.2f}")
    etiquette_met, etiquette_words, etiquette_ms = etiquette_part()

    with ExitStack() as cleanup:
        folder = Path(
            cleanup.enter_context(tempfile.TemporaryDirectory(prefix="declinewiz-bench-"))
        )
        given = os.environ.get("DATABASE_URL", "")
        if given.startswith(("postgres://", "postgresql://")):
            maintenance, database_url = postgres_urls(given)
            postgres_database(maintenance, create=True)
            cleanup.callback(postgres_database, maintenance, create=False)
            engine = f"PostgreSQL ({BENCH_DATABASE})"
        else:
            database_url = f"sqlite:///{folder / 'bench.sqlite3'}"
            engine = "SQLite"
        env = production_env(folder, database_url)
        os.environ.update(env)
        say(f"database: {engine}; static files and data in {folder}")

        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connections

        from bench import seed

        call_command("collectstatic", interactive=False, verbosity=0)
        call_command("migrate", interactive=False, verbosity=0)
        cleanup.callback(connections.close_all)

        main_person = seed.person(email="bench@example.com")
        seed.many_drafts(main_person.user, count=1000)
        shown = seed.answered_drafts(main_person.user, count=1)[0]
        pool = seed.answered_drafts(main_person.user, count=POST_POOL)
        post_sessions = seed.more_sessions(main_person.user, count=POST_SESSIONS)
        seed.analyse()
        connections.close_all()
        seconds = time.monotonic() - started
        say(f"seeded: 1,000 drafts plus {1 + POST_POOL} fully answered ones ({seconds:.0f} s)")

        log = cleanup.enter_context(open(folder / "gunicorn.log", "w"))
        process, server = start_gunicorn(env, log)
        cleanup.callback(stop, process)

        session = f"sessionid={main_person.session_key}"
        secret, token = csrf_pair(server, session, f"/drafts/{shown.pk}/step/situation/")
        cookie = f"{session}; csrftoken={secret}"
        post_cookies = [f"sessionid={key}; csrftoken={secret}" for key in post_sessions]

        pages, posts = [Page("drafts list", "/drafts/", cookie=cookie)], {}
        for step in STEPS:
            pages.append(Page(f"{step} GET", f"/drafts/{shown.pk}/step/{step}/", cookie=cookie))
        for step in STEPS:
            name = f"{step} POST"
            body = urlencode(
                {**POST_DATA[step], "csrfmiddlewaretoken": token, "nav": "next"}, doseq=True
            )
            paths = [f"/drafts/{draft.pk}/step/{step}/" for draft in pool]
            script = wrk.post_script(folder, step, paths=paths, cookies=post_cookies, body=body)
            posts[name] = (paths[0], post_cookies[0], body)
            pages.append(Page(name, paths[0], script=script))
        pages += [
            Page("your message", f"/drafts/{shown.pk}/message/", cookie=cookie),
            Page("print view", f"/drafts/{shown.pk}/print/", cookie=cookie),
        ]
        css = re.search(
            rb'href="(/static/css/site\.[0-9a-f]+\.css)"',
            server.request("GET", "/", cookie=cookie)[2],
        ).group(1)
        pages.append(Page("static CSS (site.css)", css.decode()))
        floor = Page("/healthz (floor)", "/healthz")

        check_pages(server, pages, posts)
        warm_up(server, [floor, *pages], posts)
        say(
            f"measuring {len(pages)} pages, {args.rounds} rounds of wrk -t1 -c4 -d{args.seconds}s ..."
        )
        run_rounds(server, floor, pages, rounds=args.rounds, seconds=args.seconds)

        say("scale: three people with 10, 20 and 10,000 drafts ...")
        scaled = scale(server, Page("/healthz (floor)", "/healthz"), seconds=args.seconds)

        weights = page_weights(
            server, [p for p in pages if p.script is None and "static" not in p.name]
        )
        compose_one, compose_mean, compose_worst = compose_timing(shown)
        stop(process)

        _, load = machine()
        say("")
        say(f"declinewiz benchmark, {time.strftime('%Y-%m-%d %H:%M')} - {described}")
        say(
            f"gunicorn 2 sync workers, production settings, {engine}; load average at end {load:.2f}"
        )
        say(
            f"wrk -t1 -c4 -d{args.seconds}s --latency per page, {args.rounds} rounds; "
            "ratio = the page's req/s / /healthz req/s measured either side of it (median of the rounds)"
        )
        say("")
        say(table(floor, pages))
        say("")
        say(
            f"composing every output of one draft (compose_all): {compose_one:,.0f} µs "
            f"(10 wordings: mean {compose_mean:,.0f} µs, slowest {compose_worst:,.0f} µs)"
        )
        say(
            f"etiquette check of a {etiquette_words}-word email: {etiquette_ms:.2f} ms; "
            f"corpus targets {'met' if etiquette_met else 'NOT met'} (report at the top)"
        )
        for (name, small), ratio in scaled.items():
            full = small == SCALE_FULL_PAGE and name == "drafts list"
            rows = " (a full first page at both sizes)" if full else ""
            say(
                f"scale: {name} at {SCALE_LARGE:,} drafts takes {ratio:.2f}x its time at {small}"
                f"{rows}"
            )
        say("")
        say(f"page weight on first load (compressed; limit {pageweight.LIMIT // 1024} KB):")
        for name, html_bytes, total, foreign in weights:
            flag = f"  OTHER ORIGIN: {foreign}" if foreign else ""
            if total >= pageweight.LIMIT:
                flag += "  OVER BUDGET"
            say(f"  {name:<24} {total / 1024:6.1f} KB  (HTML {html_bytes / 1024:.1f} KB){flag}")
        say(f"\nwhole run: {time.monotonic() - started:.0f} s")
        slowest = min(pages, key=lambda page: statistics.median(page.ratios()))
        say(
            f"slowest page/healthz throughput ratio: {statistics.median(slowest.ratios()):.2f} "
            f"({slowest.name})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
