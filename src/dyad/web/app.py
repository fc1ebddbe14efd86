"""`dyad serve`: the REST API under /api (`web.api`) and the analysts' dashboard (`web.dashboard`).

Everything is read-only except POST /api/ingest, which needs the token set in DYAD_TOKEN
(compared in constant time) and refuses bodies over the size limit. Pages are rendered on the
server with autoescaping (document text is untrusted), ship their own CSS, and load nothing
from outside; the API docs page is generated here from the OpenAPI schema.
"""

# No `from __future__ import annotations` here: FastAPI reads these annotations at run time.
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

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
    async def bad_input(request: Request, exc: DyadError) -> Response:
        if not request.url.path.startswith("/api"):
            return dashboard.error_page(422, "That cannot be shown", str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """JSON for the API; for a person, a page that says what is missing and where to go."""
        if request.url.path.startswith(("/api", "/static")):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        heading = "Not found" if exc.status_code == 404 else f"Error {exc.status_code}"
        detail = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else \
            f"There is no page at {request.url.path}."
        return dashboard.error_page(exc.status_code, heading, str(detail))

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
