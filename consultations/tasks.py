"""Background tasks for the notifications of a new or newly assigned request.

A task receives only the request's id: task arguments are stored in plain text.
django-tasks does not retry, so each task records when its e-mail went out and
`manage.py resend_notifications` queues again the ones that did not.
"""

import functools

from django.contrib.auth import get_user_model
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


@task()
def notify_assignee(request_id, assignee_id):
    """Tell staff a request is theirs, unless it went to someone else since."""
    consultation_request = ConsultationRequest.objects.filter(
        pk=request_id, assigned_to_id=assignee_id
    ).first()
    assignee = (
        get_user_model()
        .objects.filter(pk=assignee_id, is_active=True)
        .exclude(email="")
        .first()
    )
    if consultation_request is None or assignee is None:
        return False
    notifications.send_assignment_notice(consultation_request, assignee)
    return True


def enqueue_with_the_transaction(notification, *args):
    """The database backend writes its task rows in the caller's transaction: an
    outbox that commits, or rolls back, with the change. Any other backend gets
    the task once the change is committed, and a failure to queue it is only
    logged (`robust`): the change is safe."""
    enqueue = functools.partial(notification.enqueue, *args)
    if isinstance(notification.get_backend(), DatabaseBackend):
        enqueue()
    else:
        transaction.on_commit(enqueue, robust=True)


def queue_assignment_notice(consultation_request, assignee):
    enqueue_with_the_transaction(notify_assignee, consultation_request.pk, assignee.pk)


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
    """Queue the request's e-mails that have not gone out yet; the periodic
    command queues again those that still have not."""
    for notification in notifications_due(consultation_request):
        enqueue_with_the_transaction(notification, consultation_request.pk)
    consultation_request.notifications_queued_at = timezone.now()
    ConsultationRequest.objects.filter(pk=consultation_request.pk).update(
        notifications_queued_at=consultation_request.notifications_queued_at
    )
