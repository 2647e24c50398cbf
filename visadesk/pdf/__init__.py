"""PDF rendering of filled forms and application packets (reportlab)."""
