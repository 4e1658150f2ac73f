from django.contrib.auth import get_user_model
from django.core.management.base import CommandError


def superuser_named(username):
    """The superuser answerable, in the audit log, for a management command that
    touches accounts or prospects' data."""
    try:
        return get_user_model().objects.get(username=username, is_superuser=True)
    except get_user_model().DoesNotExist as error:
        raise CommandError(f"No superuser is called {username!r}.") from error
