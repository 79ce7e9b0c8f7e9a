import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "For local trying only: create (or keep) a superuser whose random password is kept only in "
        "var/local-login.txt, and print the login URL. Refuses to run with DEBUG off."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="localadmin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/login/")

    def handle(self, *args, username, url, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_local_login is for local development (DJANGO_DEBUG=1) only.")
        secret_file = settings.VAR_DIR / "local-login.txt"
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        password = secret_file.read_text().strip() if secret_file.exists() else ""
        if user is None or not password or not user.check_password(password):
            password = secrets.token_urlsafe(18)
            user = user or user_model(username=username, email=f"{username}@localhost")
            user.is_staff = user.is_superuser = user.is_active = True
            user.set_password(password)
            user.save()
            secret_file.parent.mkdir(parents=True, exist_ok=True)
            secret_file.write_text(password + "\n")
            secret_file.chmod(0o600)
        self.stdout.write(f"Staff login: {url}  user: {username}  password: {password}  (kept in {secret_file})")
