"""Staff in the Wagtail admin: real users in the groups the migrations made,
signing in through the admin's own forms, with the second step where their
group needs one (Intake and Attorneys can open prospects' requests)."""

import time

from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.e2e.site import visit
from tests.factories import USER_PASSWORD, UserFactory

GROUPS_WITH_TWO_STEP_SIGN_IN = {"Intake", "Attorneys"}


def staff_member(username, group, *, first_name, last_name):
    """A member of a staff group; those who need one get an authenticator app."""
    user = UserFactory(
        username=username, first_name=first_name, last_name=last_name, groups=[group]
    )
    if group in GROUPS_WITH_TWO_STEP_SIGN_IN:
        TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
    return user


def authenticator_code(device):
    """The six digits the user's authenticator app shows now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def log_in(page, user):
    """Sign in, with the second step if the user has an authenticator, and land
    on the admin's home page."""
    visit(page, reverse("wagtailadmin_login"))
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(USER_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device:
        expect(page.get_by_role("heading", name="Two-step sign-in")).to_be_visible()
        page.get_by_label("Code").fill(authenticator_code(device))
        page.get_by_role("button", name="Verify").click()
    expect(page).to_have_url(reverse("wagtailadmin_home"))


def main_menu(page):
    return page.get_by_role("navigation", name="Main menu")
