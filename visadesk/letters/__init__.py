"""Letters and the case file in the consulate's language: the cover letter built from the
account of the danger, the evidence index, the sponsor's side and bilingual translation drafts.
Qt-free and PDF-free: :mod:`visadesk.pdf.letters` draws what this package composes."""
