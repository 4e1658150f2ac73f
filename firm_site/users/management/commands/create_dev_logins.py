import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from firm_site.users import two_factor

# Username and staff group; no group means a superuser.
DEV_LOGINS = [
    ("admin", None),
    ("intake", "Intake"),
    ("attorney", "Attorneys"),
    ("editor", "Editors"),
]
# Recovery codes printed for each login that needs a second step; each signs in
# once. Run the command again for fresh ones.
DEV_RECOVERY_CODES = 3


class Command(BaseCommand):
    help = (
        "Create (or reset) the development logins, a superuser and one user for each "
        "staff group, and print their passwords, and for those who sign in in two "
        "steps, recovery codes and the authenticator secret."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Development logins are only made with DEBUG on.")
        admin_url = f"http://127.0.0.1:8000{reverse('wagtailadmin_home')}"
        self.stdout.write(f"Development logins for {admin_url}")
        for username, group_name in DEV_LOGINS:
            user, password = self.reset_login(username, group_name)
            self.stdout.write(
                self.style.SUCCESS(
                    f"  {group_name or 'Superuser':<10} user: {username:<9} "
                    f"password: {password}"
                )
            )
            if two_factor.must_use_two_factor(user):
                self.write_second_step(user)

    def reset_login(self, username, group_name):
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@localhost", "first_name": username.title()},
        )
        user.is_staff = user.is_superuser = group_name is None
        user.set_password(password)
        user.save()
        if group_name:
            user.groups.set([Group.objects.get(name=group_name)])
        return user, password

    def write_second_step(self, user):
        """A fresh authenticator and recovery codes: type a code at the second
        step, or add the secret to an authenticator app."""
        two_factor.forget_devices(user)
        device = TOTPDevice.objects.create(
            user=user, name=str(two_factor.AUTHENTICATOR_NAME), confirmed=True
        )
        codes = two_factor.new_recovery_codes(user, count=DEV_RECOVERY_CODES)
        self.stdout.write(
            f"{'':<13}second step: recovery codes {', '.join(codes)} (one use each)"
            f"\n{'':<13}or authenticator secret "
            f"{two_factor.secret_for_manual_entry(device)}"
        )
