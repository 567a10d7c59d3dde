"""Running wrk and reading its report: requests per second and the latency percentiles."""

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass(frozen=True)
class Result:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    bad: int  # non-2xx/3xx responses and socket errors


def find_wrk():
    return shutil.which("wrk")


def _ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def parse(output):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _ms(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = _ms(re.search(r"\s99%\s+(\S+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    bad = 0
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        bad += int(match.group(1))
    if match := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    ):
        bad += sum(int(n) for n in match.groups())
    return Result(rps, p50, p99, requests, bad)


def run(url, *, cookie="", script=None, seconds=3, connections=4, threads=1):
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "--timeout",
        "5s",
    ]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    if script:
        command += ["-s", str(script)]
    done = subprocess.run(
        [*command, url], capture_output=True, text=True, timeout=seconds + 30, check=True
    )
    return parse(done.stdout)


POST_SCRIPT = """\
-- POST the same valid answers to a rotating set of drafts, each time with another signed-in
-- session of the same person: no two requests in flight race for one draft, and no session
-- piles up the "saved" messages a POST may leave for the next page.
local paths = {%(paths)s}
local cookies = {%(cookies)s}
local body = "%(body)s"
local counter = 0
request = function()
  counter = counter + 1
  local headers = {}
  headers["Cookie"] = cookies[(counter %% #cookies) + 1]
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  return wrk.format("POST", paths[(counter %% #paths) + 1], headers, body)
end
"""


def _lua_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def post_script(folder: Path, name, *, paths, cookies, body):
    script = folder / f"post-{name}.lua"
    script.write_text(
        POST_SCRIPT
        % {
            "paths": ", ".join(_lua_string(path) for path in paths),
            "cookies": ", ".join(_lua_string(cookie) for cookie in cookies),
            "body": body.replace("\\", "\\\\").replace('"', '\\"'),
        }
    )
    return script
