"""Check every published page in each language against the editorial rules (editorial/rules.py).

manage.py check_content                              # exit 1 if any page breaks a blocking rule
manage.py check_content --reviews-due [--within 30]  # list reviews overdue or due within 30 days
manage.py check_content --reviews-due --email-editors   # ...and e-mail them to the Content editors
"""

from django.core.management.base import BaseCommand, CommandError

from editorial import selectors, services
from editorial.checks import check_page_content


class Command(BaseCommand):
    help = "Check every published page against the editorial rules; exit non-zero on a blocking problem."

    def add_arguments(self, parser):
        parser.add_argument("--reviews-due", action="store_true", help="Only list medical reviews that are due.")
        parser.add_argument("--within", type=int, default=30, help="With --reviews-due: days ahead (default 30).")
        parser.add_argument(
            "--email-editors", action="store_true", help="With --reviews-due: e-mail the list to the Content editors."
        )

    def handle(self, *args, **options):
        if options["reviews_due"]:
            return self._reviews_due(options["within"], options["email_editors"])
        if options["email_editors"]:
            raise CommandError("--email-editors goes with --reviews-due.")
        blocking = warnings = 0
        contents = list(selectors.published_page_contents())
        for content in contents:
            for finding in check_page_content(content):
                kind = "BLOCKING" if finding.blocking else "warning "
                path = content.page.get_absolute_url(language=content.language)
                line = f"{kind} {path} [{content.language}] {finding.rule_id}: {finding.summary}"
                if finding.blocking:
                    blocking += 1
                    self.stderr.write(line)
                else:
                    warnings += 1
                    self.stdout.write(line)
        summary = f"{len(contents)} published page version(s) checked: {blocking} blocking, {warnings} warning(s)."
        if blocking:
            raise CommandError(summary)
        self.stdout.write(summary)

    def _reviews_due(self, within, email):
        due = selectors.reviews_due(within_days=within)
        for content, review, due_on in due:
            self.stdout.write(
                f"{content.page.get_absolute_url(language=content.language)} [{content.language}] "
                f"reviewed {review.last_reviewed.isoformat()}, due {due_on.isoformat()}"
            )
        self.stdout.write(f"{len(due)} review(s) due within {within} days.")
        if email:
            sent = services.email_reviews_due(due=due)
            self.stdout.write(f"E-mailed {sent} editor address(es).")
