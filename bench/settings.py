"""Production settings for the benchmark, with the collected static files in a folder of its own.

Everything else comes from declinewiz.settings and the environment run.py sets (DEBUG=false,
a SECRET_KEY, ALLOWED_HOSTS=127.0.0.1, SECURE_SSL_REDIRECT=false, a DATABASE_URL of its own).
"""

import os

from declinewiz.settings import *  # noqa: F403

STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
