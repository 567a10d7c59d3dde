from django.urls import path

from declinewiz.drafts import message_views, views
from declinewiz.drafts.message_views import download

app_name = "drafts"

urlpatterns = [
    path("", views.draft_list, name="list"),
    path("new/", views.draft_create, name="create"),
    path("<uuid:draft_id>/", views.draft_resume, name="resume"),
    path("<uuid:draft_id>/rename/", views.draft_rename, name="rename"),
    path("<uuid:draft_id>/duplicate/", views.draft_duplicate, name="duplicate"),
    path("<uuid:draft_id>/delete/", views.draft_delete, name="delete"),
    path("<uuid:draft_id>/step/<slug:step>/", views.wizard_step, name="step"),
    path("<uuid:draft_id>/message/", message_views.message, name="message"),
    path("<uuid:draft_id>/message/done/", message_views.mark_done, name="mark-done"),
    path("<uuid:draft_id>/message.eml", download, {"kind": "eml"}, name="download-eml"),
    path("<uuid:draft_id>/message.txt", download, {"kind": "txt"}, name="download-txt"),
    path("<uuid:draft_id>/follow-up.ics", download, {"kind": "ics"}, name="download-ics"),
    path("<uuid:draft_id>/print/", message_views.print_script, name="print-script"),
]
