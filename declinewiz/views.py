"""Site-wide pages: home, health check and the error pages."""

import functools
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from declinewiz.compose.example import EXAMPLE_ANSWERS
from declinewiz.compose.writer import compose_all
from declinewiz.drafts.ownership import drafts_for


@functools.cache
def example_outputs():
    """What the composer writes for the home page's made-up person (the same words every time)."""
    return compose_all(EXAMPLE_ANSWERS)


@require_safe
def home(request):
    # A visitor who started a draft in this browser sees the way back to it.
    guest_drafts = [] if request.user.is_authenticated else list(drafts_for(request)[:3])
    return render(
        request,
        "home.html",
        {"guest_drafts": guest_drafts, "example": example_outputs(), "person": EXAMPLE_ANSWERS},
    )


@never_cache
@require_safe
def healthz(request):
    # No database, no session, no template: this is the floor the benchmark compares against
    # and what a load balancer polls.
    return HttpResponse("ok", content_type="text/plain")


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    # Django calls this inside the `except` that caught the error, so we can tell a database
    # outage (unreachable, not answering, connection lost: temporary, so say so and suggest
    # trying again) from a bug, such as a constraint the code did not expect to meet.
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        template, status = "503.html", 503
    else:
        template, status = "500.html", 500
    response = HttpResponse(loader.get_template(template).render(), status=status)
    if status == 503:
        response["Retry-After"] = "30"
    return response
