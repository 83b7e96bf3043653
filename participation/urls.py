from __future__ import annotations

from django.urls import path

from participation import views, views_awareness, views_public

app_name = "participation"
urlpatterns = [
    # Public, without login.
    path("o/<slug:org>/tipoffs/new/", views_public.tipoff_new, name="tipoff_new"),
    path("tipoffs/follow/", views_public.tipoff_follow, name="tipoff_follow"),
    path("o/<slug:org>/handbook/", views_public.handbook_page, name="handbook"),
    path("o/<slug:org>/awareness/", views_public.activities_public, name="activities_public"),
    path(
        "o/<slug:org>/awareness/<int:pk>/files/<int:file_pk>/",
        views_public.activity_file_public,
        name="activity_file_public",
    ),
    path("o/<slug:org>/risks/", views_public.risks_public, name="risks_public"),
    path("o/<slug:org>/ita/", views_public.ita_index, name="ita_index"),
    path("o/<slug:org>/ita/<int:year>/", views_public.ita_year, name="ita_year"),
    # The officer who handles tip-offs.
    path("tipoffs/", views.tipoff_inbox, name="tipoff_inbox"),
    path("tipoffs/counts/", views.tipoff_counts, name="tipoff_counts"),
    path("tipoffs/<int:pk>/", views.tipoff_detail, name="tipoff_detail"),
    path("tipoffs/<int:pk>/ask/", views.tipoff_ask, name="tipoff_ask"),
    path("tipoffs/<int:pk>/close/", views.tipoff_close, name="tipoff_close"),
    path("tipoffs/<int:pk>/evidence/<int:evidence_pk>/", views.tipoff_evidence, name="tipoff_evidence"),
    # Awareness, risks, ITA evidence and handbook cases, for the organization's accounts.
    path("awareness/", views_awareness.activities, name="activities"),
    path("awareness/new/", views_awareness.activity_new, name="activity_new"),
    path("awareness/<int:pk>/", views_awareness.activity_detail, name="activity_detail"),
    path("awareness/<int:pk>/files/<int:file_pk>/", views_awareness.activity_file, name="activity_file"),
    path("risks/", views_awareness.risks, name="risks"),
    path("risks/<int:pk>/", views_awareness.risk_edit, name="risk_edit"),
    path("ita/<int:year>/", views_awareness.ita_manage, name="ita_manage"),
    path("ita/items/<int:pk>/", views_awareness.ita_item_action, name="ita_item_action"),
    path("handbook/cases/", views_awareness.cases, name="cases"),
    path("handbook/cases/<int:ruling_pk>/publish/", views_awareness.case_publish, name="case_publish"),
    path("handbook/cases/<int:pk>/withdraw/", views_awareness.case_withdraw, name="case_withdraw"),
]
