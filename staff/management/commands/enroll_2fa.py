"""Enrol a staff member for two-factor login: a TOTP authenticator and ten backup codes.

An administrator runs this, shows the QR code (or the otpauth:// address) to the staff
member in person to scan into an authenticator app, and hands over the printed backup
codes; each code works once, for when the phone is lost. Running it again replaces the
user's devices (use it when a phone is lost or replaced).
"""

import io

import qrcode
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODES = 10


class Command(BaseCommand):
    help = "Give a staff user a new TOTP device (QR code and otpauth URL printed here) and ten one-time backup codes."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--no-qr", action="store_true", help="print the otpauth:// address only")

    @transaction.atomic
    def handle(self, *args, username, no_qr, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f'No user "{username}".')
        if not user.is_staff:
            raise CommandError(f'"{username}" is not staff; only staff log in to the admin.')

        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        totp = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
        backup = StaticDevice.objects.create(user=user, name="Backup codes", confirmed=True)
        codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
        StaticToken.objects.bulk_create(StaticToken(device=backup, token=code) for code in codes)

        self.stdout.write(f"Two-factor login for {username}. Scan this into an authenticator app:")
        if not no_qr:
            qr = qrcode.QRCode(border=1)
            qr.add_data(totp.config_url)
            out = io.StringIO()
            qr.print_ascii(out=out, invert=True)
            self.stdout.write(out.getvalue())
        self.stdout.write(totp.config_url)
        self.stdout.write("Backup codes (each works once; keep them somewhere safe, away from the phone):")
        for code in codes:
            self.stdout.write(f"  {code}")
