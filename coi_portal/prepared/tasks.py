"""The background half of ``coi_portal.prepared``: the worker renders what a request asked for."""

from __future__ import annotations

from django.tasks import task

from coi_portal.prepared import services


@task()
def render_document(document_id: str) -> str:
    """Render one prepared document; the result is its status. A rendering error fails the task too,
    with its traceback kept by the worker; the user's page says only that it could not be prepared."""
    return services.document_render(document_id)
