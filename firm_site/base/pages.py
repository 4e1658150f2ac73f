"""What every public page of ours shares: a social image, image descriptions in
the page's language, one query for view restrictions, and the legal review."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageViewRestriction

from .models import AttorneyProfile


class BasePage(Page):
    """Fields every public page shares: a social image and a listing summary."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; 1200 × 630 pixels."),
    )

    promote_panels = [
        *Page.promote_panels,
        FieldPanel("social_image"),
    ]

    class Meta:
        abstract = True

    def require_image_description(self, image_field, description_field):
        """An image needs its description (its alt text) written in the page's
        language: a field of the page, so translators translate it."""
        described = getattr(self, description_field).strip()
        if getattr(self, f"{image_field}_id") and not described:
            message = _("Describe the image for people who cannot see it.")
            raise ValidationError({description_field: message})

    def get_sharing_image(self):
        """The image shown when the page is shared; None leaves it to the firm's."""
        return self.social_image if self.social_image_id else None

    def route(self, request, path_components):
        """Wagtail's routing, with fewer queries on the way down. Below a page whose
        children all have one type, the child is read as that type at once, not as
        a Page first and then as itself; a child on the way to a deeper page is not
        read as itself at all. Any other case is Wagtail's own."""
        if not path_components:
            return super().route(request, path_components)
        slug, rest = path_components[0], path_components[1:]
        child_types = self.allowed_subpage_models()
        if len(child_types) == 1:
            child = child_types[0].objects.child_of(self).filter(slug=slug).first()
            if child:
                return child.route(request, rest)
        elif rest:
            child = self.get_children().filter(slug=slug).first()
            if child is None:  # Wagtail's own lookup, made: no such page
                raise Http404
            return route_on_the_way(child, request, rest)
        return super().route(request, path_components)

    def get_view_restrictions(self):
        """Wagtail's answer (restrictions on the page or above it, an alias's on its
        source) in one query instead of two: every page view asks."""
        on_the_way = Page.objects.filter(path__in=self.paths_from_root())
        return PageViewRestriction.objects.filter(
            page__in=on_the_way.values(source=Coalesce("alias_of", "pk"))
        )

    def paths_from_root(self):
        """The tree paths of the root, every ancestor and the page itself."""
        return [
            self.path[:end]
            for end in range(self.steplen, len(self.path) + 1, self.steplen)
        ]


def route_on_the_way(child, request, path_components):
    """Route below `child` as its own type with only its Page fields read: on the
    way to a deeper page, nothing else of it is needed. A child that answers the
    path itself (a routable page's sub-path) is read whole and routed again."""
    passing = child.specific_deferred
    result = passing.route(request, path_components)
    if result.page is passing:
        return child.specific.route(request, path_components)
    return result


class ReviewedContent(models.Model):
    """Legal content says when an attorney last reviewed it, and who."""

    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When an attorney last checked this page's legal content."),
    )
    reviewed_by = models.ForeignKey(
        AttorneyProfile,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("reviewed_by")],
            heading=_("Legal review"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def reviewer_page(self):
        """The reviewing attorney's profile page in this page's language, or None."""
        if self.reviewed_by is None:
            return None
        return self.reviewed_by.page_in(self.locale_id)
