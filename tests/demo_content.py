"""The bilingual demo site, built once for the tests that read it.

Building it takes seconds, so a package builds it once (a package-scoped fixture
around `demo_content_until_rolled_back`) rather than once per test.
"""

from contextlib import contextmanager
from io import StringIO

from django.core.management import call_command
from django.db import transaction


@contextmanager
def demo_content_until_rolled_back(django_db_blocker):
    """The demo content, in a transaction rolled back when the block ends.

    Each test inside the block runs in a savepoint of that transaction, as
    pytest-django's `db` fixture does, and leaves the demo as it found it; such
    tests must not use `transactional_db`, which would commit.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=StringIO())
        yield
        transaction.set_rollback(True)
