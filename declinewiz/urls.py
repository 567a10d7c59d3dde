"""The site's URLs: the home page, the health check, accounts, drafts, closing out a search
and the admin."""

from django.contrib import admin
from django.urls import include, path

from declinewiz import views
from declinewiz.accounts.urls import auth_patterns

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/", include(auth_patterns)),
    path("accounts/", include("declinewiz.accounts.urls")),
    path("drafts/", include("declinewiz.drafts.urls")),
    path("closing-out/", include("declinewiz.closeout.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "declinewiz.views.page_not_found"
handler500 = "declinewiz.views.server_error"
