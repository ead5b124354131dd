from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "klynge.demo"
    label = "demo"
    verbose_name = "Demo"
