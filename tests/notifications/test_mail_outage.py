"""A real SMTP server on loopback (aiosmtpd), stopped and started again: nothing is lost, nothing is
sent twice.

With the server down, 10 inquiries and 10 referrals are stored and every form answers as usual;
the worker (``manage.py send_mail_queue``'s code, in its own process) only reschedules them and
/healthz says the mail is delayed. With the server back, a worker killed mid-run (SIGKILL right
after it recorded its 7th delivery) and a worker started again deliver exactly one notification
per case. The guarantee is at least once: a worker killed in the instant between the server's
acceptance and the recorded delivery would send that one message again on restart.
"""

import mailbox
import os
import signal
import subprocess
import sys

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone
from post_office.models import STATUS, Email

from inquiries.models import Inquiry
from referrals.models import Referral
from tests.processes import ROOT, database_url, free_port, run_python

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

CASES_OF_EACH_KIND = 10
KILL_AFTER = 7

WORKER = """
import os, signal
import django
django.setup()
from post_office import mail as post_office_mail
from notifications.outbox import deliver_queued

kill_after = int(os.environ.get("KILL_AFTER_SENT") or 0)
if kill_after:
    # Die the hard way (no clean-up, no lock release) right after the Nth delivery is recorded.
    real_send_bulk, sent = post_office_mail._send_bulk, [0]

    def send_bulk_then_maybe_die(*args, **kwargs):
        result = real_send_bulk(*args, **kwargs)
        sent[0] += result[0]
        if sent[0] >= kill_after:
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    post_office_mail._send_bulk = send_bulk_then_maybe_die
print(deliver_queued(now=True))
"""


class SmtpServer:
    """aiosmtpd in its own process on 127.0.0.1, storing what it accepts in a maildir; stopped by its PID."""

    def __init__(self, directory):
        self.port = free_port()
        self.maildir = directory / "maildir"
        self.process = None

    def start(self):
        command = [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{self.port}"]
        command += ["-c", "aiosmtpd.handlers.Mailbox", str(self.maildir)]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # noqa: S603
        self._wait_until_listening()

    def _wait_until_listening(self):
        import socket
        import time

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            if self.process.poll() is not None:
                raise RuntimeError(self.process.stderr.read().decode()[-2000:])
            time.sleep(0.05)
        raise RuntimeError("aiosmtpd did not start listening")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        self.process = None

    def subjects(self):
        if not self.maildir.exists():
            return []
        return [str(message["Subject"]) for message in mailbox.Maildir(self.maildir, create=False)]


@pytest.fixture(scope="module")
def smtp_server(tmp_path_factory):
    server = SmtpServer(tmp_path_factory.mktemp("smtp"))
    yield server
    server.stop()


def _run_worker(server, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings",
        "DATABASE_URL": database_url(connection.settings_dict),
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(server.port),
        **extra,
    }
    return run_python(WORKER, env=env, timeout=120)


def _health():
    return Client().get("/healthz").json()["mail"]


def test_an_outage_delays_every_notification_and_loses_none(
    smtp_server,
    inquiry_page,
    inquiry_data,
    referral_page,
    referral_data,
    settings,
):
    settings.INQUIRY_RATE_LIMIT = 100  # 20 forms from one test address
    client = Client()
    for _ in range(CASES_OF_EACH_KIND):
        assert client.post(inquiry_page, inquiry_data()).status_code == 302
        assert client.post(referral_page, referral_data()).status_code == 302
    references = set(Inquiry.objects.values_list("reference", flat=True))
    references |= set(Referral.objects.values_list("reference", flat=True))
    assert len(references) == 2 * CASES_OF_EACH_KIND
    assert Email.objects.filter(status=STATUS.queued).count() == 2 * CASES_OF_EACH_KIND

    # The server is down: the worker tries, fails, and reschedules every message.
    down = _run_worker(smtp_server)
    assert down.returncode == 0, down.stderr[-2000:]
    assert Email.objects.filter(status=STATUS.requeued).count() == 2 * CASES_OF_EACH_KIND
    Email.objects.update(created=timezone.now() - timezone.timedelta(minutes=20))
    assert _health() == "delayed"

    # The server is back; a worker is killed mid-run, then a new one finishes the queue.
    smtp_server.start()
    killed = _run_worker(smtp_server, KILL_AFTER_SENT=str(KILL_AFTER))
    assert killed.returncode == -signal.SIGKILL
    assert len(smtp_server.subjects()) == KILL_AFTER
    finished = _run_worker(smtp_server)
    assert finished.returncode == 0, finished.stderr[-2000:]

    subjects = smtp_server.subjects()
    assert len(subjects) == 2 * CASES_OF_EACH_KIND  # none twice
    assert {subject.split()[2] for subject in subjects} == references  # "New inquiry INQ-…": one each
    assert Email.objects.filter(status=STATUS.sent).count() == 2 * CASES_OF_EACH_KIND
    assert _health() == "ok"


def test_the_readme_commands_exist():
    makefile = (ROOT / "Makefile").read_text()
    assert "send-mail:" in makefile and "send_mail_queue --now" in makefile
