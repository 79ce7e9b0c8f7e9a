from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    """What the site tells its staff by e-mail, through one queue: new cases, the daily digest."""

    name = "notifications"
    verbose_name = "Notifications"
