"""The staff groups: Intake and Attorneys work requests, Editors never see them.

Structure, not content: the groups and what they may do. Permissions are normally
created after all migrations run, so this migration creates the ones it needs first.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

APPS_WITH_PERMISSIONS = (
    "consultations",
    "core",
    "wagtailadmin",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
)

REQUEST_WORK = ["view_consultationrequest", "change_consultationrequest"]
GROUP_REQUEST_PERMISSIONS = {
    "Intake": REQUEST_WORK,
    "Attorneys": [
        *REQUEST_WORK,
        "assign_consultationrequest",
        "export_consultationrequest",
    ],
}
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
EDITOR_COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image", "delete_image"],
    "wagtaildocs": [
        "add_document",
        "change_document",
        "choose_document",
        "delete_document",
    ],
}
EDITOR_SNIPPET_PERMISSIONS = [
    "add_attorneyprofile",
    "change_attorneyprofile",
    "delete_attorneyprofile",
    "view_attorneyprofile",
]


def ensure_permissions_exist(apps, using):
    for label in APPS_WITH_PERMISSIONS:
        create_permissions(
            global_apps.get_app_config(label), verbosity=0, apps=apps, using=using
        )


def create_staff_groups(apps, schema_editor):
    using = schema_editor.connection.alias
    ensure_permissions_exist(apps, using)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )

    def permission(app_label, codename):
        return Permission.objects.get(
            content_type__app_label=app_label, codename=codename
        )

    access_admin = permission("wagtailadmin", "access_admin")
    for name, codenames in GROUP_REQUEST_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            access_admin,
            *(permission("consultations", codename) for codename in codenames),
        )

    editors, _created = Group.objects.get_or_create(name="Editors")
    editors.permissions.remove(
        *Permission.objects.filter(content_type__app_label="consultations")
    )
    editors.permissions.add(
        access_admin,
        *(permission("core", codename) for codename in EDITOR_SNIPPET_PERMISSIONS),
    )
    root_page = Page.objects.get(depth=1)
    for codename in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=editors,
            page=root_page,
            permission=permission("wagtailcore", codename),
        )
    root_collection = Collection.objects.get(depth=1)
    for app_label, codenames in EDITOR_COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=editors,
                collection=root_collection,
                permission=permission(app_label, codename),
            )


def remove_request_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=GROUP_REQUEST_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0002_staff_permissions_and_digest_record"),
        ("core", "0002_create_locales"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_staff_groups, remove_request_groups)]
