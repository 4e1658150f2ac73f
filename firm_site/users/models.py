from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The firm's staff accounts; our own model so fields can be added later."""
