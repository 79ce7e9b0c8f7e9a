"""Reading environment variables, for the settings module and gunicorn.conf.py alike.

A blank value (an empty line in an environment file) counts as unset and takes the default.
No Django import here: gunicorn's configuration loads this before Django starts.
"""

import os


def env(name, default=""):
    """The variable's value, or ``default`` when it is unset or blank (an empty line in an env file)."""
    value = os.environ.get(name, "").strip()
    return value or default


def env_int(name, default):
    return int(env(name, str(default)))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]
