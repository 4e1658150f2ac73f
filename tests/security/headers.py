"""Reading security headers the way a browser (and Mozilla's HTTP Observatory)
reads them."""


def content_security_policy(response):
    """The policy as {directive: set of sources}."""
    policy = {}
    for directive in response["Content-Security-Policy"].split(";"):
        name, *sources = directive.split()
        policy[name] = set(sources)
    return policy
