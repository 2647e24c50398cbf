"""VisaDesk: an offline, encrypted assistant for visa and entry paperwork."""

__version__ = "0.1.0"
