"""Background tasks for the notifications of a new request.

A task receives only the request's id: task arguments are stored in plain text.
django-tasks does not retry, so each task records when its e-mail went out and
`manage.py resend_notifications` queues again the ones that did not.
"""

import functools

from django.db import transaction
from django.utils import timezone
from django_tasks import task
from django_tasks_db.backend import DatabaseBackend

from . import notifications
from .models.requests import ConsultationRequest


@task()
def notify_firm(request_id):
    return notifications.deliver_once(
        request_id,
        "firm_notified_at",
        notifications.send_firm_notification,
        spam_too=True,
    )


@task()
def acknowledge_prospect(request_id):
    if not ConsultationRequest.objects.filter(pk=request_id).exclude(email="").exists():
        return False
    return notifications.deliver_once(
        request_id, "acknowledged_at", notifications.send_acknowledgement
    )


def notifications_due(consultation_request):
    due = []
    if consultation_request.firm_notified_at is None:
        due.append(notify_firm)
    if (
        consultation_request.email
        and not consultation_request.is_spam
        and consultation_request.acknowledged_at is None
    ):
        due.append(acknowledge_prospect)
    return due


def queue_notifications(consultation_request):
    """Queue the request's e-mails that have not gone out yet.

    The database backend writes its task rows in the caller's transaction: an
    outbox that commits, or rolls back, with the request. Any other backend gets
    the tasks once the request is committed, and a failure to queue them is only
    logged (`robust`): the request is safe, and the periodic command retries.
    """
    for notification in notifications_due(consultation_request):
        enqueue = functools.partial(notification.enqueue, consultation_request.pk)
        if isinstance(notification.get_backend(), DatabaseBackend):
            enqueue()
        else:
            transaction.on_commit(enqueue, robust=True)
    consultation_request.notifications_queued_at = timezone.now()
    ConsultationRequest.objects.filter(pk=consultation_request.pk).update(
        notifications_queued_at=consultation_request.notifications_queued_at
    )
