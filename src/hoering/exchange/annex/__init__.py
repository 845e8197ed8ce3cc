"""The committee annex: a print-ready workbook written from plain values."""
