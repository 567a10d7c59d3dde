# declinewiz: gunicorn serving Django, static files collected at build time (whitenoise).
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_BUILD_CONSTRAINT=/app/requirements/build-constraints.txt
WORKDIR /app
COPY requirements/ requirements/
RUN python -m venv /venv \
    && /venv/bin/pip install "pip>=25.3" \
    && /venv/bin/pip install -r requirements/production.txt
COPY manage.py pyproject.toml ./
COPY declinewiz/ declinewiz/
COPY templates/ templates/
COPY static/ static/
# collectstatic needs settings but no secrets: a throwaway key only for this step.
RUN DEBUG=false SECRET_KEY=collectstatic-only-not-a-real-secret ALLOWED_HOSTS=localhost \
    /venv/bin/python manage.py collectstatic --noinput

FROM python:3.11-slim-bookworm
ENV PATH=/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DEBUG=false \
    PORT=8000
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build /app /app
USER 10001:10001
EXPOSE 8000
# /healthz answers without the database; the Host header must be one the site allows.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; host = os.environ.get('ALLOWED_HOSTS', 'localhost').split(',')[0]; req = urllib.request.Request('http://127.0.0.1:8000/healthz', headers={'Host': host}); urllib.request.urlopen(req, timeout=3)"]
CMD ["gunicorn", "declinewiz.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
