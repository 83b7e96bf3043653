from __future__ import annotations

from django.urls import path

from gifts import views, views_after, views_review

app_name = "gifts"
urlpatterns = [
    path("new/", views.new, name="new"),
    path("mine/", views.mine, name="mine"),
    path("inbox/", views_review.inbox, name="inbox"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/submit/", views.submit, name="submit"),
    path("<int:pk>/rule/", views_review.rule, name="rule"),
    path("<int:pk>/send-back/", views_review.send_back, name="send_back"),
    path("<int:pk>/comment/", views_review.comment, name="comment"),
    path("<int:pk>/nacc/", views_review.nacc, name="nacc"),
    path("<int:pk>/return/", views_after.record_return, name="return"),
    path("<int:pk>/custody/", views_after.custody, name="custody"),
    path("<int:pk>/ruling.pdf", views_after.ruling_pdf, name="ruling_pdf"),
    path("<int:pk>/nacc-letter.pdf", views_after.nacc_letter_pdf, name="nacc_letter_pdf"),
    path("<int:pk>/attachments/<int:attachment_pk>/", views_after.attachment, name="attachment"),
]
