from __future__ import annotations

from django.urls import path

from privacy import views, views_public, views_registers, views_site

app_name = "privacy"
urlpatterns = [
    # The organization's accounts.
    path("privacy/", views.dashboard, name="dashboard"),
    path("privacy/my-data/", views.my_data, name="my_data"),
    path("privacy/my-data.zip", views.my_data_download, name="my_data_download"),
    path("privacy/spouse-notices/", views.spouse_notices, name="spouse_notices"),
    path("privacy/spouse-notices/<int:pk>.pdf", views.spouse_notice_pdf, name="spouse_notice_pdf"),
    path("privacy/spouse-notices/<int:pk>/given/", views.spouse_notice_given, name="spouse_notice_given"),
    path("privacy/notices/<str:activity>/new/", views.notice_new_version, name="notice_new_version"),
    path("privacy/ropa/", views.ropa, name="ropa"),
    path("privacy/ropa.pdf", views.ropa_pdf, name="ropa_pdf"),
    path("privacy/retention/", views.retention, name="retention"),
    path("privacy/retention/holds/", views.hold_add, name="hold_add"),
    path("privacy/retention/holds/<int:pk>/release/", views.hold_release, name="hold_release"),
    path("privacy/requests/", views_registers.requests, name="requests"),
    path("privacy/requests/<int:pk>/", views_registers.request_detail, name="request_detail"),
    path("privacy/breaches/", views_registers.breaches, name="breaches"),
    path("privacy/breaches/<int:pk>/", views_registers.breach_detail, name="breach_detail"),
    # Public, without login: an organization's notices, home and contact.
    path("o/<slug:org>/", views_site.org_home, name="org_home"),
    path("o/<slug:org>/contact/", views_site.org_contact, name="org_contact"),
    path("o/<slug:org>/privacy/", views_public.policy, name="policy"),
    path("o/<slug:org>/privacy/<str:activity>/", views_public.notice, name="notice"),
    path(
        "o/<slug:org>/privacy/<str:activity>/v<int:version>/",
        views_public.notice_version,
        name="notice_version",
    ),
    # Public, without login: the website-standard pages.
    path("website-policy/", views_site.policy_page, {"page": "website_policy"}, name="website_policy"),
    path("privacy-policy/", views_site.policy_page, {"page": "privacy_policy"}, name="privacy_policy"),
    path("security-policy/", views_site.policy_page, {"page": "security_policy"}, name="security_policy"),
    path("disclaimer/", views_site.policy_page, {"page": "disclaimer"}, name="disclaimer"),
    path("cookie-policy/", views_site.policy_page, {"page": "cookies"}, name="cookies"),
    path("accessibility/", views_site.policy_page, {"page": "accessibility"}, name="accessibility"),
    path("contact/", views_site.contact, name="contact"),
    path("sitemap/", views_site.sitemap, name="sitemap"),
    path("sitemap.xml", views_site.sitemap_xml, name="sitemap_xml"),
    path("sitemap-<slug:section>.xml", views_site.sitemap_section, name="sitemap_section"),
    path("search/", views_site.search, name="search"),
]
