"""Without Chromium the browser tests skip with the install command, except in CI where they fail."""

import pytest

from . import conftest


def test_missing_browser_is_a_skip_that_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(conftest, "chromium_path", lambda: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        conftest.require_chromium()


def test_missing_browser_fails_in_ci(monkeypatch):
    monkeypatch.setattr(conftest, "chromium_path", lambda: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install chromium"):
        conftest.require_chromium()


def test_installed_browser_is_used(monkeypatch):
    monkeypatch.setattr(conftest, "chromium_path", lambda: "/usr/bin/chromium")
    monkeypatch.setenv("CI", "true")
    assert conftest.require_chromium() == "/usr/bin/chromium"
