from django.apps import AppConfig


class KlyngeConfig(AppConfig):
    """The project package doubles as an app for shared templates and template tags."""

    name = "klynge"
    verbose_name = "Klynge"
