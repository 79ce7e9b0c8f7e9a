"""Production mode refuses to start without a secret key, and says which variable is missing."""

from tests.processes import start_django


def _start_django(**env):
    return start_django(drop={"DJANGO_SECRET_KEY"}, **env)


def test_production_without_secret_key_refuses_to_start():
    result = _start_django()
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert "started" not in result.stdout


def test_empty_secret_key_is_refused_too():
    result = _start_django(DJANGO_SECRET_KEY="")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_with_secret_key_starts():
    result = _start_django(DJANGO_SECRET_KEY="x" * 60)
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout
