"""Which of the site's answers a browser test counts as a failure."""

ASSET_TYPES = {"stylesheet", "script", "image", "font"}


def is_a_failure(status, resource_type):
    """A server error, or an asset (stylesheet, script, image, font) the server
    refused or could not find.

    A 304 Not Modified is the browser revalidating a file it has cached, and a
    redirect is followed to an answer of its own: neither is a failure.
    """
    return status >= 500 or (resource_type in ASSET_TYPES and status >= 400)
