from django.db import models
from django.utils.translation import gettext_lazy as _


class PolicyStatus(models.TextChoices):
    SANCTUARY = "sanctuary", _("Official sanctuary city")
    WELCOMING = "welcoming", _("Welcoming city")
    LIMITED = "limited", _("Limited cooperation policy")
    NONE = "none", _("No local policy (state law applies)")


class SourceKind(models.TextChoices):
    ORDINANCE = "ordinance", _("Ordinance")
    RESOLUTION = "resolution", _("Resolution")
    EXECUTIVE_ORDER = "executive_order", _("Executive order")
    POLICE_ORDER = "police_order", _("Police general order")
