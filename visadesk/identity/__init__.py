"""Passport names and machine-readable zones: transliteration (ICAO 9303 and older Russian
schemes) and MRZ parsing with every check digit."""
