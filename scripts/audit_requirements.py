"""`make lint`'s dependency audit: pip-audit over both requirement files, said plainly.

pip-audit prints "No known vulnerabilities found" even when it could check nothing (the advisory
service unreachable, or packages it does not know): a clean bill it never gave. This reads its JSON
report and says which it is:
- vulnerabilities found: they are listed and the audit fails;
- some or all packages could not be checked: it says so, names how many, and does not fail
  (an offline machine cannot check; that is not a finding);
- every package checked and none vulnerable: it says that.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ["requirements/base.txt", "requirements/dev.txt"]


def main(pip_audit):
    with tempfile.TemporaryDirectory() as scratch:
        report_path = Path(scratch) / "report.json"
        args = [pip_audit, "--disable-pip", "--no-deps", "--progress-spinner", "off", "-f", "json", "-o"]
        args += [str(report_path)]
        for name in FILES:
            args += ["-r", str(ROOT / name)]
        result = subprocess.run(args, capture_output=True, text=True, timeout=300)  # noqa: S603
        if not report_path.exists() or not report_path.read_text().strip():
            print("Dependency audit: COULD NOT CHECK (pip-audit gave no report: the advisory service may be")
            print("unreachable from here). Nothing is known either way; run `make lint` where it can be reached.")
            last_line = (result.stderr or "").strip().splitlines()[-1:]
            print(*last_line)
            return 0
        report = json.loads(report_path.read_text())
    dependencies = report.get("dependencies", [])
    skipped = [dep for dep in dependencies if dep.get("skip_reason")]
    vulnerable = [dep for dep in dependencies if dep.get("vulns")]
    checked = len(dependencies) - len(skipped)
    for dep in vulnerable:
        ids = ", ".join(v.get("id", "?") for v in dep["vulns"])
        fixed = sorted({version for v in dep["vulns"] for version in v.get("fix_versions", [])})
        fixed_in = ", ".join(fixed) or "no release yet"
        print(f"VULNERABLE: {dep['name']} {dep.get('version', '')}: {ids}; fixed in {fixed_in}")
    if skipped:
        names = ", ".join(sorted(dep["name"] for dep in skipped)[:8]) + (", ..." if len(skipped) > 8 else "")
        print(
            f"Dependency audit: COULD NOT CHECK {len(skipped)} of {len(dependencies)} packages "
            f"(the advisory service did not know them or could not be reached): {names}."
        )
    if vulnerable:
        print(f"Dependency audit: {len(vulnerable)} package(s) with known vulnerabilities (see above).")
        return 1
    if checked:
        print(f"Dependency audit: no known vulnerabilities in the {checked} package(s) that could be checked.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
