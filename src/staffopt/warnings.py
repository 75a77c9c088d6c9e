"""Warnings staffopt itself emits (turned into errors in the test suite)."""


class StaffoptWarning(UserWarning):
    """Base class of staffopt's own warnings."""
