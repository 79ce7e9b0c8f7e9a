"""An urgent referral is due the same business day (the clinic's closing time); a routine one next business day."""

from datetime import timedelta

from django.utils import timezone

from referrals.models import Referral


def test_an_urgent_referral_is_due_the_same_business_day(referral_page, referral_data, client):
    client.post(referral_page, referral_data(urgency="urgent"))
    referral = Referral.objects.get()
    local_due = timezone.localtime(referral.reply_due_at)
    assert local_due - timezone.localtime(referral.received_at) <= timedelta(days=3)
    assert (local_due.hour, local_due.minute) == (17, 0)  # the sample clinic closes at 5 pm


def test_a_routine_referral_gets_a_whole_business_day(referral_page, referral_data, client):
    client.post(referral_page, referral_data(urgency="routine"))
    referral = Referral.objects.get()
    assert referral.reply_due_at - referral.received_at >= timedelta(hours=8)
