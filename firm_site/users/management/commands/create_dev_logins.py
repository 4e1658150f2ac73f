import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create (or reset) the development admin login and print it."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Development logins are only made with DEBUG on.")
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username="admin",
            defaults={"email": "admin@localhost", "is_staff": True},
        )
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                "Development login for http://127.0.0.1:8000/admin/ — "
                f"user: admin  password: {password}"
            )
        )
