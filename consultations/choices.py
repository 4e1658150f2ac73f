from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    SCHEDULED = "scheduled", _("Consultation scheduled")
    HELD = "held", _("Consultation held")
    RETAINED = "retained", _("Retained")
    DECLINED = "declined", _("Declined")
    DECLINED_CONFLICT = "conflict", _("Declined (conflict)")
    NO_RESPONSE = "no_response", _("No response")
    SPAM = "spam", _("Spam")


OPEN_STATUSES = [Status.NEW, Status.CONTACTED, Status.SCHEDULED, Status.HELD]
CLOSED_STATUSES = [
    Status.RETAINED,
    Status.DECLINED,
    Status.DECLINED_CONFLICT,
    Status.NO_RESPONSE,
    Status.SPAM,
]


class ContactMethod(models.TextChoices):
    PHONE = "phone", _("Phone call")
    TEXT = "text", _("Text message")
    EMAIL = "email", _("E-mail")
    WHATSAPP = "whatsapp", _("WhatsApp")


class BestTime(models.TextChoices):
    ANY = "any", _("Any time")
    MORNING = "morning", _("Morning (9–12)")
    AFTERNOON = "afternoon", _("Afternoon (12–5)")
    EVENING = "evening", _("Evening (5–8)")


class PreferredLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")
    PORTUGUESE = "pt", _("Portuguese")
    OTHER = "other", _("Other")


class Residence(models.TextChoices):
    LISTED_CITY = "listed_city", _("A city with its own page")
    OTHER_CT_TOWN = "other_ct", _("Another Connecticut town")
    OUTSIDE_CT = "outside_ct", _("Outside Connecticut")


class Matter(models.TextChoices):
    REMOVAL = "removal", _("Removal or deportation defense")
    DETENTION = "detention", _("Detention and bond")
    ASYLUM = "asylum", _("Asylum")
    FAMILY = "family", _("Family-based petition")
    DACA = "daca", _("DACA")
    NATURALIZATION = "naturalization", _("Naturalization or citizenship")
    VISAS = "visas", _("Visas")
    OTHER = "other", _("Something else")


class SpamReason(models.TextChoices):
    HONEYPOT = "honeypot", _("Hidden field filled in")
    TOO_FAST = "too_fast", _("Sent faster than a person could")
    # No longer signs of spam (a person may leave the form open overnight); kept
    # so requests marked before still read.
    STALE_FORM = "stale_form", _("Sent from a form that was hours old")
    BAD_TIMESTAMP = "bad_timestamp", _("Form time stamp missing or forged")


class PartyRole(models.TextChoices):
    """Who another person named on a request is, for the conflict check."""

    SPOUSE = "spouse", _("Spouse or partner")
    PETITIONER = "petitioner", _("Petitioner or sponsor")
    EMPLOYER = "employer", _("Employer")
    OTHER = "other", _("Other party")


class ClientRelationship(models.TextChoices):
    """How a name on the firm's own list relates to the firm."""

    CLIENT = "client", _("Client")
    FORMER_CLIENT = "former_client", _("Former client")
    ADVERSE = "adverse", _("Adverse party")


class ConflictOutcome(models.TextChoices):
    CLEARED = "cleared", _("Cleared")
    CLEARED_WITH_NOTE = "cleared_note", _("Cleared with a note")
    CONFLICT = "conflict", _("Conflict")


#: The outcomes that let a consultation go ahead.
CLEARED_OUTCOMES = [ConflictOutcome.CLEARED, ConflictOutcome.CLEARED_WITH_NOTE]


class ConflictCheckState(models.TextChoices):
    """Where a request's conflict check stands: no outcome yet, or which one."""

    PENDING = "pending", _("Check pending")
    CLEARED = "cleared", _("Cleared")
    CONFLICT = "conflict", _("Conflict")
