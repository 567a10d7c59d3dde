from django.apps import AppConfig


class CloseoutConfig(AppConfig):
    name = "declinewiz.closeout"
    verbose_name = "Closing out a search"
