"""Staff signed in through Django's test client with both factors, as they sign
in for real: for the test suite and for the harness in bench/ that drives the
admin (the benchmark, the scale-out check)."""

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from firm_site.users.two_factor import (
    AUTHENTICATOR_NAME,
    authenticator_of,
    must_use_two_factor,
)


def verify_second_factor(client, user):
    """Mark the client's session as verified by the user's authenticator,
    giving them one if they have none; nothing for users who need none."""
    if not must_use_two_factor(user):
        return None
    device = authenticator_of(user) or TOTPDevice.objects.create(
        user=user, name=str(AUTHENTICATOR_NAME), confirmed=True
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


class SecondFactorClient(Client):
    """`force_login` signs in with the password step and the second step."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        verify_second_factor(self, user)
