"""Fuzz the API from its own OpenAPI schema: whatever the inputs, never a 5xx."""

from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from conftest import EXAMPLES

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import schemathesis

from dyad.cli import app as cli_app
from dyad.web.app import close_app, create_app

_TMP = Path(tempfile.mkdtemp(prefix="dyad-fuzz-"))
CliRunner().invoke(cli_app, ["ingest", "--db", str(_TMP / "fuzz.duckdb"), str(EXAMPLES)])
_APP = create_app(_TMP / "fuzz.duckdb")
schema = schemathesis.openapi.from_asgi("/openapi.json", _APP)


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@pytest.mark.filterwarnings("ignore")
def test_no_server_errors(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, case.query, response.text[:300])


def teardown_module() -> None:
    close_app(_APP)
    shutil.rmtree(_TMP, ignore_errors=True)
