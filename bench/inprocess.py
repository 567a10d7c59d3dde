"""`make profile`: each page's time in process, through the whole WSGI stack, and where it goes.

No server and no wrk: the same production settings and seeded data as `make bench`, each page
requested through Django's WSGI handler (every middleware included) many times, its CPU time
(best of five batches, so other work on the machine matters less) printed beside /healthz's;
then, for the page named with --page (or the slowest), the functions
cProfile finds most time in. For finding where a page's time goes, not for the targets: those
are measured by `make bench` over real HTTP.
"""

import argparse
import atexit
import cProfile
import io
import os
import pstats
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.run import POST_DATA, STEPS  # noqa: E402


def environ_for(method, path, cookie, body=b""):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "CONTENT_LENGTH": str(len(body)),
    }
    if cookie:
        environ["HTTP_COOKIE"] = cookie
    if body:
        environ["CONTENT_TYPE"] = "application/x-www-form-urlencoded"
    return environ


def call(application, method, path, cookie, body=b""):
    started = []
    result = application(
        environ_for(method, path, cookie, body),
        lambda status, headers: started.append((status, dict(headers))),
    )
    content = b"".join(result)
    result.close()
    return *started[0], content


def prepare():
    """Production settings on a fresh SQLite database with the bench's data; the pages to time."""
    folder = Path(tempfile.mkdtemp(prefix="declinewiz-profile-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "BENCH_STATIC_ROOT": str(folder / "static"),
            "DATABASE_URL": f"sqlite:///{folder / 'profile.sqlite3'}",
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "LOG_LEVEL": "WARNING",
        }
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.core.wsgi import get_wsgi_application

    from bench import seed

    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("migrate", interactive=False, verbosity=0)
    person = seed.person(email="profile@example.com")
    seed.many_drafts(person.user, count=1000)
    shown = seed.answered_drafts(person.user, count=1)[0]
    pool = seed.answered_drafts(person.user, count=1)[0]
    seed.analyse()

    application = get_wsgi_application()
    session = f"sessionid={person.session_key}"
    # A browser's CSRF cookie and form token, as the first form page hands them out.
    _, headers, html = call(application, "GET", f"/drafts/{shown.pk}/step/situation/", session)
    secret = headers["Set-Cookie"].split("csrftoken=")[1].split(";")[0]
    token = html.split(b'name="csrfmiddlewaretoken" value="')[1].split(b'"')[0].decode()
    cookie = f"{session}; csrftoken={secret}"

    pages = {"/healthz (floor)": ("GET", "/healthz", "", b"")}
    pages["drafts list"] = ("GET", "/drafts/", cookie, b"")
    for step in STEPS:
        pages[f"{step} GET"] = ("GET", f"/drafts/{shown.pk}/step/{step}/", cookie, b"")
    for step in STEPS:
        body = urlencode(
            {**POST_DATA[step], "csrfmiddlewaretoken": token, "nav": "next"}, doseq=True
        ).encode()
        pages[f"{step} POST"] = ("POST", f"/drafts/{pool.pk}/step/{step}/", cookie, body)
    pages["your message"] = ("GET", f"/drafts/{shown.pk}/message/", cookie, b"")
    pages["print view"] = ("GET", f"/drafts/{shown.pk}/print/", cookie, b"")

    return application, pages


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", help="the page to profile (a name from the table)")
    parser.add_argument("--requests", type=int, default=300, help="requests per page")
    parser.add_argument("--top", type=int, default=35, help="functions shown")
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    args = parser.parse_args()
    application, pages = prepare()

    times = {}
    for name, (method, path, sent, body) in pages.items():
        status, _, _ = call(application, method, path, sent, body)
        expected = "302" if method == "POST" else "200"
        assert status.startswith(expected), f"{name}: {status}"
        for _ in range(20):
            call(application, method, path, sent, body)
        # CPU time, not wall time, and the best of five batches: what the page itself costs,
        # whatever else the machine is doing.
        batches = []
        for _ in range(5):
            started = time.process_time()
            for _ in range(max(args.requests // 5, 1)):
                call(application, method, path, sent, body)
            batches.append((time.process_time() - started) / max(args.requests // 5, 1))
        times[name] = min(batches) * 1000

    floor = times["/healthz (floor)"]
    print(f"{'page':<24} {'CPU ms':>7} {'x floor':>8}")
    for name, ms in times.items():
        print(f"{name:<24} {ms:>7.2f} {ms / floor:>8.1f}")

    chosen = args.page or max(times, key=times.get)
    method, path, sent, body = pages[chosen]
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.requests):
        call(application, method, path, sent, body)
    profiler.disable()
    print(f"\n{chosen}: {args.requests} requests, sorted by {args.sort}")
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
