"""The staff dashboard in the Wagtail admin (registered by `wagtail_hooks.py`).

`access` guards every URL here once; `viewsets` and `views` are the listing and
a request's page, `board`, `reports` and `panels` the overviews, `bulk_actions`,
`forms` and `filters` what those views use. The work itself goes through
`consultations.workflow`.
"""
