"""Account security: the second factor (django-otp), session rules, fresh authentication before grave acts,
and the error page. See docs/security.md."""
