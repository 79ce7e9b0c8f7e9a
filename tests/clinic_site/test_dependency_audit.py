"""`make lint`'s dependency audit never reports "no known vulnerabilities" for packages it could not check."""

import json
import subprocess
import sys

import pytest

from tests.processes import ROOT

SCRIPT = ROOT / "scripts" / "audit_requirements.py"


def _fake_pip_audit(tmp_path, report):
    """An executable that writes ``report`` where pip-audit's ``-o`` says (None: writes nothing, like an outage)."""
    fake = tmp_path / "pip-audit"
    write = "" if report is None else f"open(sys.argv[sys.argv.index('-o') + 1], 'w').write({json.dumps(report)!r})"
    fake.write_text(f"#!{sys.executable}\nimport sys\n{write}\nsys.exit(1 if {report is None} else 0)\n")
    fake.chmod(0o755)
    return fake


def _run(tmp_path, report):
    fake = _fake_pip_audit(tmp_path, report)
    return subprocess.run([sys.executable, SCRIPT, fake], capture_output=True, text=True, timeout=60)  # noqa: S603


CHECKED = {"name": "django", "version": "5.2.19", "vulns": []}
SKIPPED = {"name": "cffi", "skip_reason": "Dependency not found on PyPI and could not be audited: cffi (2.1.1)"}
VULNERABLE = {"name": "pillow", "version": "1.0", "vulns": [{"id": "PYSEC-0000-1", "fix_versions": ["1.1"]}]}


@pytest.mark.parametrize(
    ("report", "code", "says", "never_says"),
    [
        (None, 0, "COULD NOT CHECK", "no known vulnerabilities"),
        ({"dependencies": [SKIPPED, SKIPPED]}, 0, "COULD NOT CHECK 2 of 2", "no known vulnerabilities"),
        ({"dependencies": [CHECKED, SKIPPED]}, 0, "COULD NOT CHECK 1 of 2", "VULNERABLE"),
        ({"dependencies": [CHECKED]}, 0, "no known vulnerabilities in the 1 package", "COULD NOT"),
        ({"dependencies": [CHECKED, VULNERABLE]}, 1, "VULNERABLE: pillow 1.0: PYSEC-0000-1; fixed in 1.1", "COULD NOT"),
    ],
)
def test_the_audit_says_what_it_could_and_could_not_check(tmp_path, report, code, says, never_says):
    result = _run(tmp_path, report)
    assert result.returncode == code, result.stdout + result.stderr
    assert says in result.stdout
    assert never_says not in result.stdout
