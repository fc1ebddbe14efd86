"""`dyad serve`: the REST API under /api (`web.api`) and the analysts' dashboard (`web.dashboard`).

Everything is read-only except POST /api/ingest, which needs the token set in DYAD_TOKEN
(compared in constant time) and refuses bodies over the size limit. Pages are rendered on the
server with autoescaping (document text is untrusted), ship their own CSS, and load nothing
from outside; the API docs page is generated here from the OpenAPI schema.
"""

# No `from __future__ import annotations` here: FastAPI reads these annotations at run time.
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from dyad.errors import DyadError
from dyad.search.index import index_path
from dyad.web import api, dashboard
from dyad.web.cache import AnswerCache
from dyad.web.state import Record


def create_app(db: Path, token: str | None = None) -> FastAPI:
    app = FastAPI(title="Dyad", version="0.1.0", docs_url=None, redoc_url=None,
                  description="A dated, source-cited record of the relationship between two countries.")
    app.state.record = Record(db, token)  # closed by close_app, or when the server shuts down
    app.mount("/static", StaticFiles(packages=[("dyad.web", "static")]), name="static")

    @app.exception_handler(DyadError)
    async def bad_input(request: Request, exc: DyadError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    app.include_router(api.router)
    app.include_router(dashboard.router)
    app.add_middleware(AnswerCache, db=db, index_meta=index_path(db) / "meta.json")
    return app


def close_app(app: FastAPI) -> None:
    """Release the app's database connection."""
    record = getattr(app.state, "record", None)
    if record is not None:
        record.close()
        app.state.record = None
