from django.apps import AppConfig


class IntakeDashboardConfig(AppConfig):
    """The intake team's numbers in the admin: requests per week, reply times, the open backlog."""

    name = "intake_dashboard"
    verbose_name = "Intake dashboard"
