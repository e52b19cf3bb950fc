"""Extracted tables -> typed rows (amounts, codes, indicators). Plain functions only."""
