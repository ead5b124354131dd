from django.apps import AppConfig, apps


class KlyngeConfig(AppConfig):
    """The project package doubles as an app for shared templates and template tags."""

    name = "klynge"
    verbose_name = "Klynge"

    def ready(self) -> None:
        from . import validation

        ours = [m for m in apps.get_models() if m.__module__.startswith("klynge.")]
        validation.install(ours)
