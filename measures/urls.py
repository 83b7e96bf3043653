from __future__ import annotations

from django.urls import path

from measures import views, views_public, views_sections, views_signing

app_name = "measures"
urlpatterns = [
    path("notices/", views.notice_list, name="list"),
    path("notices/new/", views.notice_new, name="new"),
    path("notices/certificates/", views_signing.certificates, name="certificates"),
    path("notices/<int:pk>/", views.detail, name="detail"),
    path("notices/<int:pk>/edit/", views.edit, name="edit"),
    path("notices/<int:pk>/preview/", views.preview, name="preview"),
    path("notices/<int:pk>/draft.pdf", views.draft_pdf, name="draft_pdf"),
    path("notices/<int:pk>/override/", views.override, name="override"),
    path("notices/<int:pk>/approve/", views.approve, name="approve"),
    path("notices/<int:pk>/reopen/", views.reopen, name="reopen"),
    path("notices/<int:pk>/publish/", views.publish, name="publish"),
    path("notices/<int:pk>/new-version/", views.new_version, name="new_version"),
    path("notices/<int:pk>/next-year/", views.next_year, name="next_year"),
    path("notices/<int:pk>/sign/", views_signing.sign, name="sign"),
    path("notices/<int:pk>/seal/", views_signing.seal, name="seal"),
    path("notices/<int:pk>/sections/add/", views_sections.add, name="section_add"),
    path("notices/<int:pk>/sections/<int:section_pk>/", views_sections.edit, name="section_edit"),
    path("notices/<int:pk>/sections/<int:section_pk>/move/", views_sections.move, name="section_move"),
    path("notices/<int:pk>/sections/<int:section_pk>/remove/", views_sections.remove, name="section_remove"),
    path("verify/", views_public.verify, name="verify"),
    path("verify/<str:identifier>/", views_public.verify_notice, name="verify_notice"),
    path("verify/<str:identifier>/<int:issue>.pdf", views_public.issued_pdf, name="issued_pdf"),
    path("o/<slug:org>/notices/", views_public.public_list, name="public_list"),
]
