from django.apps import AppConfig


class DraftsConfig(AppConfig):
    name = "declinewiz.drafts"
    verbose_name = "Drafts"
