"""The launch check: `manage.py check --deploy --database default` fails while samples remain.

Tagged ``database`` (it reads the database, so Django runs it only when asked with
``--database``) and ``deploy`` (only with ``--deploy``): `make check` and CI, which ask for
neither together, keep passing on the sample content; a release runs it (README, "Each
release"). The detectors are in content/launch_samples.py.
"""

from django.core.checks import Error, Tags, register

from .launch_samples import find_samples


@register(Tags.database, deploy=True)
def check_no_samples_before_launch(app_configs, databases=None, **kwargs):
    if not databases:
        return []
    return [Error(sample.what, hint=sample.where, id=sample.check_id) for sample in find_samples()]
