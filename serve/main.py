"""The FastAPI app: `create_app()` builds it; routes live in `serve.routes`."""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

import extract

from .routes import ApiError, error_body, router
from .service import ExtractionService
from .settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    """A new app with its own service; the engine loads in the background after start-up."""
    settings = settings or get_settings()
    service = ExtractionService(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=service.load, name="model-loader", daemon=True).start()
        yield
        service.close()

    app = FastAPI(
        title="zfxxgk",
        version=extract.__version__,
        description="Chinese government information-disclosure annual reports as checked data.",
        lifespan=lifespan,
    )
    app.state.service = service
    app.include_router(router)

    @app.middleware("http")
    async def observe(request: Request, call_next):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        route = request.url.path if request.url.path in _ROUTES else "other"
        try:
            response = await call_next(request)
        except Exception:  # a bad document never takes the server down
            service.metrics.requests.labels(route, "500").inc()
            return JSONResponse(error_body("E500", "internal error"), status_code=500)
        service.metrics.latency.labels(route).observe(time.perf_counter() - started)
        service.metrics.requests.labels(route, str(response.status_code)).inc()
        return response

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def invalid_body(request: Request, exc: RequestValidationError) -> JSONResponse:
        message = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return JSONResponse(error_body("E202", f"invalid body: {message}"), status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse(error_body(f"E{exc.status_code}", str(exc.detail)), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(error_body("E500", f"internal error: {type(exc).__name__}"), status_code=500)

    return app


_ROUTES = frozenset(["/v1/extract", "/v1/extract/batch", "/healthz", "/readyz", "/v1/model", "/metrics"])
