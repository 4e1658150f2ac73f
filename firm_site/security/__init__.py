"""Site-wide defenses that are not about accounts: response headers (CSP and the
rest) and keeping prospects' data out of logs and error reports.

The whole picture, for the firm's IT contractor: docs/security.md.
"""
