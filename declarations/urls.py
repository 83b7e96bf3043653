from __future__ import annotations

from django.urls import path

from declarations import (
    views,
    views_committees,
    views_findings,
    views_interests,
    views_register,
    views_rounds,
)

app_name = "declarations"
urlpatterns = [
    path("", views.people_list, name="people_list"),
    path("<int:pk>/", views.official_detail, name="official_detail"),
    path("<int:pk>/leave/", views_findings.record_leaving, name="record_leaving"),
    # Business interests of the official and their spouse.
    path("interests/", views_interests.mine, name="interests_mine"),
    path("interests/declare/", views_interests.declare, name="interests_declare"),
    path("interests/nothing/", views_interests.nothing, name="interests_nothing"),
    path("interests/to-acknowledge/", views_interests.acknowledge_inbox, name="interests_to_acknowledge"),
    path("interests/<int:pk>/", views_interests.declaration_detail, name="interest_detail"),
    path("interests/<int:pk>/pdf/", views_interests.declaration_pdf, name="interest_pdf"),
    path("interests/<int:pk>/acknowledge/", views_interests.acknowledge, name="interest_acknowledge"),
    # Findings of the cross-check.
    path("interests/findings/", views_findings.findings, name="findings"),
    path("interests/findings.csv", views_findings.findings_csv, name="findings_csv"),
    path("interests/findings/<int:pk>/", views_findings.finding_detail, name="finding_detail"),
    path("interests/findings/<int:pk>/review/", views_findings.review, name="finding_review"),
    path("interests/chair/", views_findings.chair_dashboard, name="chair_dashboard"),
    path("interests/former/", views_findings.former_officials, name="former_officials"),
    # Yearly rounds.
    path("interests/rounds/", views_rounds.round_list, name="round_list"),
    path("interests/rounds/new/", views_rounds.round_new, name="round_new"),
    path("interests/rounds/<int:pk>/", views_rounds.round_detail, name="round_detail"),
    # The contract register.
    path("contracts/", views_register.contract_list, name="contract_list"),
    path("contracts/new/", views_register.contract_new, name="contract_new"),
    path("contracts/import/", views_register.contract_import, name="contract_import"),
    path(
        "contracts/import/template.csv",
        views_register.contract_import_template,
        name="contract_import_template",
    ),
    path(
        "contracts/import/<int:pk>/", views_register.contract_import_confirm, name="contract_import_confirm"
    ),
    path("contracts/<int:pk>/", views_register.contract_detail, name="contract_detail"),
    path("contracts/<int:pk>/edit/", views_register.contract_edit, name="contract_edit"),
    path("contracts/<int:pk>/delete/", views_register.contract_delete, name="contract_delete"),
    path("contracts/<int:pk>/bidders/", views_register.bidder_add, name="bidder_add"),
    # Procurement committees.
    path("contracts/<int:pk>/committees/new/", views_committees.committee_new, name="committee_new"),
    path("committees/mine/", views_committees.my_seats, name="my_seats"),
    path("committees/<int:pk>/", views_committees.committee_detail, name="committee_detail"),
    path("committees/seats/<int:pk>/declare/", views_committees.seat_declare_view, name="seat_declare"),
]
