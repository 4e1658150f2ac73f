"""A stand-in for a mail server that is down."""

from smtplib import SMTPException

from django.core.mail.backends.base import BaseEmailBackend


class BrokenEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise SMTPException("451 The mail server is down")
