"""The referral form's fixtures, for the mail tests that send both kinds of case."""

from tests.referrals.conftest import referral_data, referral_page  # noqa: F401 (fixtures)
