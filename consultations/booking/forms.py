"""The prospect's choice: a time and how to meet."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models.booking import ConsultationMode
from .service import SlotRefused

REFUSALS = {
    SlotRefused.TAKEN: _("That time was just taken. Please choose another."),
    SlotRefused.PAST: _("That time has already passed. Please choose another."),
    SlotRefused.NOT_OFFERED: _(
        "We do not offer consultations at that time. Please choose another."
    ),
}


class BookingForm(forms.Form):
    """The slot is checked by the booking service, which knows why one is refused."""

    slot = forms.CharField(
        label=_("Time"),
        max_length=40,
        error_messages={"required": _("Choose a time for your consultation.")},
    )
    mode = forms.ChoiceField(
        label=_("How would you like to meet?"),
        choices=ConsultationMode.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how you would like to meet.")},
    )

    def refuse(self, refusal):
        self.add_error("slot", REFUSALS[refusal.reason])
