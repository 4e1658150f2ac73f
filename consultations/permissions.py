"""Who may do what with consultation requests.

Groups (see the staff_groups migration): Intake views and works requests;
Attorneys also assign and export; only superusers delete. Everyone else, editors
included, must not learn that requests exist.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from .models.requests import ConsultationRequest

request_permission_policy = ModelPermissionPolicy(ConsultationRequest)


def can_see_requests(user):
    return request_permission_policy.user_has_any_permission(
        user, {"view", "change", "delete"}
    )


def can_work_requests(user):
    return request_permission_policy.user_has_permission(user, "change")


def can_assign_requests(user):
    return user.has_perm("consultations.assign_consultationrequest")


def can_export_requests(user):
    return user.has_perm("consultations.export_consultationrequest")


def can_export_full_records(user):
    """Whether exports carry what the prospect wrote (the message)."""
    return user.has_perm("consultations.export_full_consultationrequest")


def staff_who_work_requests():
    """Active users a request may be assigned to."""
    change_permission = Permission.objects.filter(
        content_type__app_label="consultations",
        codename="change_consultationrequest",
    )
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__in=change_permission)
            | Q(user_permissions__in=change_permission)
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def can_decide_conflicts(user):
    """Attorneys record a conflict check's outcome; Intake only sees the check."""
    return user.has_perm("consultations.decide_conflictcheck")


def can_import_client_list(user):
    return user.has_perm("consultations.import_clientlistentry")
