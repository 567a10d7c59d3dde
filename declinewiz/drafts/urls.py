from django.urls import path

from declinewiz.drafts import views

app_name = "drafts"

urlpatterns = [
    path("", views.draft_list, name="list"),
    path("new/", views.draft_create, name="create"),
    path("<uuid:draft_id>/", views.draft_resume, name="resume"),
    path("<uuid:draft_id>/rename/", views.draft_rename, name="rename"),
    path("<uuid:draft_id>/duplicate/", views.draft_duplicate, name="duplicate"),
    path("<uuid:draft_id>/delete/", views.draft_delete, name="delete"),
    path("<uuid:draft_id>/step/<slug:step>/", views.wizard_step, name="step"),
    path("<uuid:draft_id>/message/", views.draft_resume, name="message"),
]
