"""staffopt: staffing and budget planning for social-insurance agencies (社会保险经办机构)."""

__version__ = "0.1.0"
