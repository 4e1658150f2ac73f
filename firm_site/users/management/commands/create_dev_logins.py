import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

# Username and staff group; no group means a superuser.
DEV_LOGINS = [
    ("admin", None),
    ("intake", "Intake"),
    ("attorney", "Attorneys"),
    ("editor", "Editors"),
]


class Command(BaseCommand):
    help = (
        "Create (or reset) the development logins, a superuser and one user for each "
        "staff group, and print their passwords."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Development logins are only made with DEBUG on.")
        self.stdout.write("Development logins for http://127.0.0.1:8000/admin/")
        for username, group_name in DEV_LOGINS:
            password = self.reset_login(username, group_name)
            self.stdout.write(
                self.style.SUCCESS(
                    f"  {group_name or 'Superuser':<10} user: {username:<9} "
                    f"password: {password}"
                )
            )

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
        return password
