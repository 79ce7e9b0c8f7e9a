"""The committed catalogues are complete and compiled: `scripts/compile_messages.py --check` passes
here, and fails on a copy with a stale .mo, a fuzzy or untranslated entry, or a new string."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "compile_messages.py"


def _check(root):
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
    )


def test_the_committed_catalogues_are_complete_and_compiled():
    result = _check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 problem(s) in" in result.stdout


def test_spanish_catalogues_exist_for_the_site_and_the_form():
    for po in ("locale/es/LC_MESSAGES/django.po", "inquiries/locale/es/LC_MESSAGES/django.po"):
        assert (ROOT / po).exists(), po
        assert (ROOT / po).with_suffix(".mo").exists(), po


@pytest.fixture
def project_copy(tmp_path):
    """The project's source (not .venv or var/) in a scratch directory, to break on purpose."""
    copy = tmp_path / "site"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", "var", ".git", "staticfiles", "__pycache__"))
    assert _check(copy).returncode == 0
    return copy


def _edit_po(path, change):
    po = polib.pofile(str(path))
    change(po)
    po.save(str(path))


def test_a_po_edited_without_recompiling_fails(project_copy):
    po = project_copy / "locale/es/LC_MESSAGES/django.po"
    _edit_po(po, lambda catalogue: setattr(catalogue.find("Menu"), "msgstr", "Menú del sitio"))
    result = _check(project_copy)
    assert result.returncode == 1
    assert "stale" in result.stdout


def test_a_fuzzy_entry_fails(project_copy):
    po = project_copy / "inquiries/locale/es/LC_MESSAGES/django.po"
    _edit_po(po, lambda catalogue: catalogue.find("Send my request").flags.append("fuzzy"))
    result = _check(project_copy)
    assert result.returncode == 1
    assert "fuzzy: 'Send my request'" in result.stdout


def test_an_untranslated_entry_fails(project_copy):
    po = project_copy / "locale/es/LC_MESSAGES/django.po"
    _edit_po(po, lambda catalogue: setattr(catalogue.find("Skip to main content"), "msgstr", ""))
    result = _check(project_copy)
    assert result.returncode == 1
    assert "untranslated: 'Skip to main content'" in result.stdout


def test_a_new_string_nobody_translated_fails(project_copy):
    template = project_copy / "templates/includes/crisis_strip.html"
    template.write_text(template.read_text() + '{% translate "A brand-new sentence" %}\n')
    result = _check(project_copy)
    assert result.returncode == 1
    assert "no catalogue has 'A brand-new sentence'" in result.stdout


def test_a_translation_that_drops_a_placeholder_fails(project_copy):
    po = project_copy / "locale/es/LC_MESSAGES/django.po"
    _edit_po(
        po, lambda catalogue: setattr(catalogue.find("Medically reviewed by %(reviewer)s."), "msgstr", "Revisado.")
    )
    result = _check(project_copy)
    assert result.returncode == 1
    assert "placeholders differ" in result.stdout
