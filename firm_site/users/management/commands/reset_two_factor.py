from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.log_actions import log

from firm_site.users import two_factor
from firm_site.users.superusers import superuser_named


class Command(BaseCommand):
    help = (
        "Forget a staff member's authenticator and recovery codes, when both are "
        "lost: they set up a new authenticator when they next sign in. Check who "
        "is asking (in person or by phone) first; the reset is in the audit log."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="Whose second factor to reset.")
        parser.add_argument(
            "--by",
            required=True,
            metavar="USERNAME",
            help="The superuser doing the reset, for the audit log.",
        )

    def handle(self, *args, username, by, **options):
        superuser = superuser_named(by)
        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"No user is called {username!r}.") from error
        two_factor.forget_devices(user)
        log(instance=user, action="users.two_factor_reset", user=superuser)
        self.stdout.write(
            f"Two-step sign-in reset for {username}: they set it up again at their "
            "next sign-in."
        )
