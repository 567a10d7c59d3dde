from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "declinewiz.accounts"
    verbose_name = "Accounts"

    def ready(self):
        from declinewiz.accounts import signals  # noqa: F401  (connects the receivers)
