"""The law as code: gift rules, report routing, business-interest rules, recusal, deadlines, citations.

Pure Python: no ORM, no request, no settings. Every decision returns the clause that decided it, and every
dated or uncertain legal fact lives in one table (`legal.rules.LegalRules`). See docs/legal.md.
"""
