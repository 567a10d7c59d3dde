from django.urls import path

from declinewiz.closeout import views

app_name = "closeout"

urlpatterns = [
    path("", views.start, name="start"),
    path("<uuid:closeout_id>/", views.checklist, name="checklist"),
    path("<uuid:closeout_id>/processes/", views.processes, name="processes"),
    path("<uuid:closeout_id>/calls/", views.call_sheet, name="call-sheet"),
    path("<uuid:closeout_id>/emails.zip", views.emails_zip, name="emails-zip"),
    path("<uuid:closeout_id>/<uuid:draft_id>/done/", views.mark_done, name="mark-done"),
    path(
        "<uuid:closeout_id>/<uuid:draft_id>/calendar/",
        views.calendar_reply,
        name="calendar-reply",
    ),
]
