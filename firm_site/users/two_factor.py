"""Two-factor sign-in for staff (TOTP through django-otp), with recovery codes.

Who must use it: superusers and anyone holding a permission listed in
TWO_FACTOR_REQUIRED_PERMISSIONS (the Intake and Attorneys groups, through their
permissions on consultation requests), and anyone who has set up an
authenticator. TwoFactorRequiredMiddleware holds them at the verification or
set-up page until they have given a second factor in this session.
"""

import base64
import io

import django_otp
import qrcode
import qrcode.image.svg
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

AUTHENTICATOR_NAME = _("Authenticator app")
RECOVERY_CODES_NAME = _("Recovery codes")


def must_use_two_factor(user):
    if not user.is_authenticated:
        return False
    return (
        user.is_superuser
        or any(
            user.has_perm(permission)
            for permission in settings.TWO_FACTOR_REQUIRED_PERMISSIONS
        )
        or django_otp.user_has_device(user)
    )


def authenticator_of(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def pending_authenticator(user):
    """The authenticator being set up: the same secret until it is confirmed,
    so reloading the page does not invalidate a code already scanned."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name=str(AUTHENTICATOR_NAME), confirmed=False
        )
    return device


@transaction.atomic
def confirm_authenticator(request, device):
    """The new authenticator replaces any earlier one; the session counts as
    verified by it."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    django_otp.login(request, device)


@transaction.atomic
def new_recovery_codes(user, count=None):
    """Fresh single-use codes; the earlier ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=str(RECOVERY_CODES_NAME))
    count = count or settings.TWO_FACTOR_RECOVERY_CODES
    codes = [StaticToken.random_token() for _ in range(count)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=code) for code in codes
    )
    return codes


def forget_devices(user):
    """After a lost phone and lost codes: the user sets up again at next sign-in."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def verify(request, token):
    """Check a code from the authenticator or a recovery code; a match marks
    the session as verified. Each device throttles repeated failures."""
    token = "".join(token.split()).lower()
    for device in django_otp.devices_for_user(request.user):
        if django_otp.verify_token(request.user, device.persistent_id, token):
            django_otp.login(request, device)
            return device
    return None


def secret_for_manual_entry(device):
    """The secret in base32, in groups of four, for apps without a camera."""
    secret = base64.b32encode(device.bin_key).decode()
    return " ".join(secret[start : start + 4] for start in range(0, len(secret), 4))


def qr_code_data_uri(device):
    """The otpauth:// address as a QR code, an SVG drawn here: the secret is
    never sent to a QR-code service."""
    image = qrcode.make(
        device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage
    )
    svg = io.BytesIO()
    image.save(svg)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.getvalue()).decode()
