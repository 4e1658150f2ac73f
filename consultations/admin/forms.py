"""The forms staff use on a request's page and in bulk actions."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import get_user_display_name

from ..choices import Status
from ..models.history import InternalNote
from ..permissions import staff_who_work_requests
from ..scheduling import CONSULTATION_TIME_ZONE
from ..workflow import allowed_transitions


class StaffChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return get_user_display_name(obj)


class ChangeStatusForm(forms.Form):
    """Offers only the statuses the workflow allows from the current one, and
    leaves refusing the others to the workflow, which says why."""

    prefix = "status"

    to_status = forms.ChoiceField(label=_("New status"), choices=Status.choices)
    consultation_date = forms.DateField(
        label=_("Consultation date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("When scheduling."),
    )
    consultation_time = forms.TimeField(
        label=_("Consultation time (Connecticut)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
        help_text=_("When scheduling; Eastern time."),
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, current_status, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].widget.choices = [
            (status.value, status.label)
            for status in allowed_transitions(current_status)
        ]

    def clean(self):
        cleaned_data = super().clean()
        day = cleaned_data.get("consultation_date")
        time = cleaned_data.get("consultation_time")
        scheduling = cleaned_data.get("to_status") == Status.SCHEDULED
        if scheduling and not (day and time):
            raise forms.ValidationError(
                _("Give the consultation's date and time."), code="consultation_at"
            )
        cleaned_data["consultation_at"] = (
            datetime.datetime.combine(day, time, tzinfo=CONSULTATION_TIME_ZONE)
            if scheduling
            else None
        )
        return cleaned_data


class AssignForm(forms.Form):
    prefix = "assign"

    assignee = StaffChoiceField(
        label=_("Assign to"),
        queryset=staff_who_work_requests(),
        required=False,
        empty_label=_("Nobody"),
    )


class FollowUpForm(forms.Form):
    prefix = "follow_up"

    follow_up_on = forms.DateField(
        label=_("Next follow-up"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Leave empty to clear."),
    )


class NoteForm(forms.Form):
    prefix = "note"

    text = forms.CharField(
        label=_("Internal note"),
        max_length=InternalNote._meta.get_field("text").max_length,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Staff only; the prospect never sees it."),
    )
