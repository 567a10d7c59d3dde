"""Pages about the person: sign up, profile, download my data, delete my account."""

import json

from axes.helpers import get_client_ip_address
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from axes.utils import reset as forgive_failures
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from declinewiz.accounts.export import account_data
from declinewiz.accounts.forms import (
    DeleteAccountForm,
    EmailAuthenticationForm,
    NewPasswordForm,
    ProfileForm,
    SignUpForm,
)
from declinewiz.accounts.models import User

SIGN_UP_WINDOW = 60 * 60  # seconds


class SignInView(auth_views.LoginView):
    """Django's sign-in. A success forgives the failures of this account from this address,
    and nothing else: not another account's, and not this account's from elsewhere."""

    authentication_form = EmailAuthenticationForm

    def form_valid(self, form):
        response = super().form_valid(form)
        forgive_failures(
            ip=get_client_ip_address(self.request), username=form.get_user().get_username()
        )
        return response


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's "choose a new password" page. The guesses at the old password no longer
    matter, so a sign-in locked by them is unlocked (the lockout page offers this way out)."""

    form_class = NewPasswordForm

    def form_valid(self, form):
        response = super().form_valid(form)
        forgive_failures(username=form.user.get_username())
        return response


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("drafts:list")
    refused = request.method == "POST" and not _sign_up_allowed(request)
    form = SignUpForm(request.POST or None, refused=refused)
    if request.method == "POST" and form.is_valid() and (user := form.create_account()):
        # Signing in moves any draft started as a visitor into the new account.
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome! Your account is ready.")
        return redirect(_safe_next(request) or "drafts:list")
    return render(
        request,
        "registration/signup.html",
        {"form": form, "next": _safe_next(request)},
        status=429 if refused else 200,
    )


def _sign_up_allowed(request):
    """Counts this sign-up against its address: past SIGN_UP_LIMIT in the hour, refused.

    Sign-up says when an email already has an account, so this is what keeps anyone from
    testing a list of emails through it (README, Security and data). The count lives in the
    cache: one for every app server with CACHE_URL, else one per process.
    """
    key = f"sign-up:{get_client_ip_address(request)}"
    cache.add(key, 0, timeout=SIGN_UP_WINDOW)
    try:
        attempts = cache.incr(key)
    except ValueError:  # the hour ended between the two calls
        cache.set(key, attempts := 1, timeout=SIGN_UP_WINDOW)
    return attempts <= settings.SIGN_UP_LIMIT


def _safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile is saved. New drafts will use it.")
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def export_data(request):
    if request.method == "GET":
        return render(request, "accounts/export.html")
    payload = account_data(user=request.user)
    stamp = timezone.now().strftime("%Y-%m-%d")
    response = HttpResponse(
        json.dumps(payload, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="declinewiz-data-{stamp}.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            _forget_sign_ins(request.user)
            User.objects.filter(pk=request.user.pk).delete()  # drafts go with it (CASCADE)
        logout(request)
        messages.success(request, "Your account and all your drafts have been deleted.")
        return redirect("home")
    return render(request, "accounts/delete.html", {"form": form})


def _forget_sign_ins(user):
    """The rest of the person: sign-in records, and sessions still signed in elsewhere (they
    can hold answers typed but not yet saved)."""
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        model.objects.filter(username__iexact=user.email).delete()
    theirs = [
        session.pk
        for session in Session.objects.iterator()
        if session.get_decoded().get(SESSION_KEY) == str(user.pk)
    ]
    Session.objects.filter(pk__in=theirs).delete()
