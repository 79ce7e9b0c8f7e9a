"""Compile the translation catalogues with polib (no GNU gettext needed), or check them.

    python scripts/compile_messages.py           # every locale/*/LC_MESSAGES/django.po -> django.mo
    python scripts/compile_messages.py --check   # exit 1 if a catalogue is not ready to ship

``make messages`` runs the first. ``--check`` (run by tests/clinic_site/test_translation_catalogues.py)
reports, per catalogue: fuzzy entries, untranslated entries, a .mo that differs from its .po
(edited without recompiling), a msgstr that drops or renames a %(name)s placeholder; and any
string marked for translation in our public templates or Python code that no catalogue
translates (staff-only code, STAFF_ONLY below, is left out: the admin stays in English).
The .po files are written by hand (see docs/editors.md, "Two languages").
"""

import argparse
import ast
import re
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
# Directories that are not ours (or not source) are never scanned.
SKIP_PARTS = {".venv", "var", "node_modules", "staticfiles", "migrations", "tests", "scripts", ".git"}
# Staff-only code: the admin stays in English, so its marked strings need no Spanish entry.
# (A module a patient's page uses does not belong here.)
STAFF_ONLY = ("admin.py", "admin_site.py", "case_admin.py", "content/links.py", "clinic/phone.py")
STAFF_ONLY_DIRS = {"staff", "editorial", "redirects", "admin"}
GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "pgettext", "pgettext_lazy", "ngettext", "ngettext_lazy"}
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
# templatize() turns {% translate %} / {% blocktranslate %} into gettext(u'...') calls; _("...") stays.
_STRING = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""
_TEMPLATE_CALL = re.compile(rf"\b(?:gettext|pgettext|ngettext)\(u?({_STRING})|\b_\(({_STRING})\)")


def _ours(path, root):
    return not (set(path.relative_to(root).parts) & SKIP_PARTS)


def catalogues(root=ROOT):
    """Every django.po of the project (the root locale/ and each app's locale/)."""
    return sorted(p for p in root.glob("**/locale/*/LC_MESSAGES/django.po") if _ours(p, root))


def compile_all(root=ROOT):
    compiled = []
    for po_path in catalogues(root):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        compiled.append(po_path)
    return compiled


def _placeholders(text):
    return sorted(set(_PLACEHOLDER.findall(text)))


def catalogue_problems(po_path):
    """What keeps one .po (and its .mo) from shipping, as readable lines."""
    problems = []
    po = polib.pofile(str(po_path))
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"{po_path}: fuzzy: {entry.msgid!r}")
        elif not entry.translated():
            problems.append(f"{po_path}: untranslated: {entry.msgid!r}")
        elif entry.msgstr and _placeholders(entry.msgid) != _placeholders(entry.msgstr):
            problems.append(f"{po_path}: placeholders differ: {entry.msgid!r}")
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        problems.append(f"{mo_path}: missing (run `make messages`)")
    else:
        wanted = {(e.msgctxt, e.msgid): e.msgstr for e in po if e.translated() and not e.obsolete}
        compiled = {(e.msgctxt, e.msgid): e.msgstr for e in polib.mofile(str(mo_path)) if e.msgid}
        if wanted != compiled:
            problems.append(f"{mo_path}: stale, differs from its .po (run `make messages`)")
    return problems


def _python_msgids(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in GETTEXT_NAMES:
            args = node.args[1:] if getattr(node.func, "id", "").startswith("p") else node.args
            if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                yield args[0].value


def _template_msgids(path):
    from django.utils.translation.template import templatize

    for match in _TEMPLATE_CALL.finditer(templatize(path.read_text(encoding="utf-8"))):
        yield ast.literal_eval(match.group(1) or match.group(2))


def _public(path, root):
    relative = path.relative_to(root)
    if set(relative.parts[:-1]) & STAFF_ONLY_DIRS:
        return False
    return not any(str(relative) == name or relative.name == name for name in STAFF_ONLY)


def source_msgids(root=ROOT):
    """``{msgid: first file using it}`` for every string our public templates and code mark for translation."""
    found = {}
    for path in sorted(root.glob("**/*.html")):
        if _ours(path, root) and _public(path, root) and "templates" in path.parts:
            for msgid in _template_msgids(path):
                found.setdefault(msgid, path)
    for path in sorted(root.glob("**/*.py")):
        if _ours(path, root) and _public(path, root):
            for msgid in _python_msgids(path):
                found.setdefault(msgid, path)
    return found


def problems(root=ROOT):
    found = []
    known = set()
    for po_path in catalogues(root):
        found += catalogue_problems(po_path)
        known |= {e.msgid for e in polib.pofile(str(po_path)) if not e.obsolete}
    for msgid, path in source_msgids(root).items():
        if msgid not in known:
            found.append(f"{path.relative_to(root)}: no catalogue has {msgid!r}")
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems instead of compiling")
    parser.add_argument("--root", type=Path, default=ROOT, help="project directory (default: this checkout)")
    args = parser.parse_args(argv)
    if args.check:
        import os

        import django

        sys.path.insert(0, str(args.root))
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic_site.settings")
        os.environ.setdefault("DJANGO_DEBUG", "1")
        django.setup()
        found = problems(args.root)
        for line in found:
            print(line)
        print(f"{len(found)} problem(s) in {len(catalogues(args.root))} catalogue(s).")
        return 1 if found else 0
    for po_path in compile_all(args.root):
        print(f"compiled {po_path.relative_to(args.root).with_suffix('.mo')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
