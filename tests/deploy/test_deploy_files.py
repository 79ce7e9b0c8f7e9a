"""The files in deploy/ agree with each other and with the code: every job is a timer and a crontab line
with the same schedule and command, every command exists and accepts its arguments, and the
environment template names exactly the variables .env.example names."""

import configparser
import re
import shlex

import pytest
from django.core.management import get_commands, load_command_class

from tests.processes import ROOT

DEPLOY = ROOT / "deploy"
SYSTEMD = DEPLOY / "systemd"
DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
JOBS = {"backup_db", "purge_inquiries", "clearsessions", "check_content", "send_mail_queue", "send_intake_digest"}


def _unit(path):
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read(path)
    return parser


def _timers():
    """{command line: OnCalendar} from every clinic-*.timer and the service it starts."""
    jobs = {}
    for timer in sorted(SYSTEMD.glob("clinic-*.timer")):
        service = _unit(timer.with_suffix(".service"))["Service"]
        assert service["Type"] == "oneshot" and service["User"] == "clinic"
        assert service["EnvironmentFile"] == "/etc/clinic/env" and service["WorkingDirectory"] == "/srv/clinic"
        python, manage, *command = shlex.split(service["ExecStart"])
        assert (python, manage) == ("/srv/clinic/.venv/bin/python", "manage.py")
        jobs[" ".join(command)] = _unit(timer)["Timer"]["OnCalendar"]
    return jobs


def _crontab():
    """{command line: the cron schedule as systemd's OnCalendar would write it}."""
    jobs = {}
    for line in (DEPLOY / "crontab").read_text().splitlines():
        if not line.strip() or line.startswith("#") or re.match(r"^[A-Z]+=", line):
            continue
        minute, hour, day, month, weekday, rest = line.split(None, 5)
        assert (day, month) == ("*", "*"), line
        prefix = "cd /srv/clinic && set -a && . /etc/clinic/env && .venv/bin/python manage.py "
        assert rest.startswith(prefix), line
        if weekday == "*":
            days = ""
        elif "-" in weekday:
            first, last = weekday.split("-")
            days = f"{DAYS[int(first)]}..{DAYS[int(last)]} "
        else:
            days = f"{DAYS[int(weekday)]} "
        clock = ":".join(part if part == "*" else f"{int(part):02d}" for part in (hour, minute))
        jobs[rest.removeprefix(prefix)] = f"{days}*-*-* {clock}:00"
    return jobs


def test_every_timer_has_its_service_and_every_job_service_its_timer():
    timers = {path.stem for path in SYSTEMD.glob("clinic-*.timer")}
    services = {path.stem for path in SYSTEMD.glob("clinic-*.service")}
    assert timers == services and len(timers) == len(JOBS)


def test_the_crontab_runs_the_same_commands_on_the_same_schedule_as_the_timers():
    assert _crontab() == _timers()


def test_every_scheduled_job_named_by_the_issue_is_there():
    assert {command.split()[0] for command in _timers()} == JOBS


def test_the_mail_worker_runs_every_minute_and_the_digest_on_weekday_mornings():
    timers = _timers()
    assert timers["send_mail_queue"] == "*-*-* *:*:00"
    assert timers["send_intake_digest"].startswith("Mon..Fri ")


@pytest.mark.parametrize("command", sorted(_timers()))
def test_every_command_exists_and_accepts_its_arguments(command):
    name, *args = command.split()
    assert name in get_commands(), f"no management command {name}"
    parser = load_command_class(get_commands()[name], name).create_parser("manage.py", name)
    parser.parse_args(args)  # exits (SystemExit) on an unknown option


def test_the_app_server_unit_starts_gunicorn_with_the_projects_settings():
    service = _unit(SYSTEMD / "clinic.service")["Service"]
    assert shlex.split(service["ExecStart"]) == ["/srv/clinic/.venv/bin/gunicorn", "-c", "gunicorn.conf.py"]
    assert service["EnvironmentFile"] == "/etc/clinic/env" and service["KillSignal"] == "SIGTERM"
    # systemd waits longer than gunicorn's graceful stop (20 s), so a restart drains what is in flight.
    assert int(service["TimeoutStopSec"]) > 20


def _variable_names(path):
    return {
        match.group(1)
        for line in path.read_text().splitlines()
        if (match := re.match(r"^#?\s?([A-Z][A-Z0-9_]+)=", line))
    }


def test_the_environment_template_names_exactly_the_variables_of_env_example():
    template, example = _variable_names(DEPLOY / "clinic.env"), _variable_names(ROOT / ".env.example")
    assert template == example, {"only in the template": template - example, "only in .env.example": example - template}
    assert {"DJANGO_SECRET_KEY", "INQUIRY_ENCRYPTION_KEYS", "DATABASE_URL", "REDIS_URL", "GUNICORN_BIND"} <= template


def test_the_secrets_in_the_template_are_left_to_fill_in():
    lines = dict(
        line.split("=", 1) for line in (DEPLOY / "clinic.env").read_text().splitlines() if re.match(r"^[A-Z]", line)
    )
    assert lines["DJANGO_SECRET_KEY"] == lines["INQUIRY_ENCRYPTION_KEYS"] == "CHANGE-ME"
    assert "CHANGE-ME" in lines["DATABASE_URL"]


def test_the_docs_point_at_the_deploy_files_and_carry_no_copy_of_them():
    operations = (ROOT / "docs" / "operations.md").read_text()
    for name in ("deploy/systemd/clinic.service", "deploy/nginx/clinic.conf", "deploy/crontab", "deploy/clinic.env"):
        assert name in operations
    for copied in ("ExecStart=", "OnCalendar=", "proxy_cache_path", "upstream clinic_app", "* * * * *"):
        assert copied not in operations, copied


def test_the_guides_table_of_jobs_names_each_timer_with_its_command():
    operations = (ROOT / "docs" / "operations.md").read_text()
    rows = dict(re.findall(r"^\| `(clinic-[a-z]+)` \| [^|]+ \| `([^`]+)`", operations, re.M))
    expected = {}
    for timer in SYSTEMD.glob("clinic-*.timer"):
        exec_start = _unit(timer.with_suffix(".service"))["Service"]["ExecStart"]
        expected[timer.stem] = exec_start.split(" manage.py ", 1)[1]
    assert rows == expected
