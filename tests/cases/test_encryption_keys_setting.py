"""Production mode refuses to start without inquiry encryption keys, and names the variable."""

from tests.processes import start_django


def _start_django(**env):
    return start_django(drop={"INQUIRY_ENCRYPTION_KEYS"}, **{"DJANGO_SECRET_KEY": "x" * 60, **env})


def test_production_without_inquiry_keys_refuses_to_start():
    result = _start_django()
    assert result.returncode != 0
    assert "INQUIRY_ENCRYPTION_KEYS" in result.stderr
    assert "started" not in result.stdout


def test_production_with_inquiry_keys_starts():
    result = _start_django(INQUIRY_ENCRYPTION_KEYS="3KcbPP0MWcWFeHUyznt196yyR38R2o-3Jabqv4gcUSU=")
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_a_malformed_key_fails_the_system_check():
    from django.core.checks.registry import registry
    from django.test import override_settings

    from cases.checks import check_inquiry_keys

    assert check_inquiry_keys in registry.get_checks()
    with override_settings(INQUIRY_ENCRYPTION_KEYS=["not-a-fernet-key"]):
        errors = [e for e in check_inquiry_keys(None) if e.id == "inquiries.E001"]
    assert errors and "INQUIRY_ENCRYPTION_KEYS: key 1" in errors[0].msg
    assert "not-a-fernet-key" not in errors[0].msg
