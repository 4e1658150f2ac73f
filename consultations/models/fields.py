"""Model fields the intake's models share."""

from django.db import models

from ..names import normalized_name


class NormalizedNameField(models.CharField):
    """A name as staff search and the conflict check compare it
    (`consultations.names`), written from the `source` field whenever a row is
    saved or bulk-created, so no way of storing a name can leave it empty."""

    def __init__(self, *args, source="name", **kwargs):
        self.source = source
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        value = normalized_name(getattr(model_instance, self.source))
        setattr(model_instance, self.attname, value)
        return value
