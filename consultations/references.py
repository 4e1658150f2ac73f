"""Reference codes a prospect can read out on the phone, such as CR-7K3M9Q."""

import secrets

# No 0/O, 1/I/L or U/V: nothing a caller could read two ways.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
REFERENCE_LENGTH = 6


def new_reference():
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"CR-{code}"
