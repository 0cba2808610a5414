"""HTTP routes: extraction (one, batch), health, readiness, model info, metrics."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, Field, ValidationError, model_validator

from extract.errors import ZfxxgkError
from extract.model import Report

from .service import ExtractionService

log = logging.getLogger("zfxxgk.serve")
router = APIRouter()

# How each extractor error code maps to HTTP.
_STATUS = {
    **{"E101": 422, "E102": 415, "E103": 413, "E104": 422, "E105": 422, "E106": 415, "E107": 422, "E108": 503},
    **{"E109": 422, "E120": 422, "E121": 422, "E122": 413, "E123": 422, "E124": 422, "E125": 415},
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


class ExtractRequest(BaseModel):
    """One document: `text` (a plain-text report) or `html` (a page), with an optional file name."""

    text: str | None = None
    html: str | None = None
    filename: str | None = Field(default=None, max_length=255)

    @model_validator(mode="after")
    def _one_body(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self

    def to_bytes(self) -> tuple[str, bytes]:
        if self.html is not None:
            return self.filename or "input.html", self.html.encode("utf-8")
        return self.filename or "input.txt", (self.text or "").encode("utf-8")


class BatchRequest(BaseModel):
    documents: list[ExtractRequest] = Field(min_length=1)


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorDetail


class BatchItem(BaseModel):
    result: Report | None = None
    error: ErrorDetail | None = None


class BatchResponse(BaseModel):
    results: list[BatchItem]


def service_of(request: Request) -> ExtractionService:
    return request.app.state.service


def _check_size(request: Request, service: ExtractionService) -> None:
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > service.settings.max_bytes * 2 + 65536:
        raise ApiError(
            413, "E103", f"request body of {length} bytes is over the limit of {service.settings.max_bytes:,}"
        )


async def _read_json(request: Request, model: type[BaseModel]) -> Any:
    try:
        return model.model_validate(json.loads(await request.body()))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(422, "E201", f"the body is not valid JSON: {exc}") from exc
    except ValidationError as exc:
        message = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors())
        raise ApiError(422, "E202", f"invalid body: {message}") from exc


async def _run(service: ExtractionService, name: str, data: bytes) -> dict[str, Any]:
    if len(data) > service.settings.max_bytes:
        raise ApiError(413, "E103", f"{name}: {len(data):,} bytes is over the limit of {service.settings.max_bytes:,}")
    try:
        return await service.extract(name, data)
    except ZfxxgkError as exc:
        service.metrics.errors.labels(exc.code).inc()
        raise ApiError(_STATUS.get(exc.code, 422), exc.code, str(exc)) from exc
    except TimeoutError as exc:
        service.metrics.errors.labels("E504").inc()
        raise ApiError(504, "E504", f"{name}: extraction took longer than {service.settings.timeout_s:g}s") from exc
    except Exception as exc:  # a bug on one document: its own error, never the whole batch's
        service.metrics.errors.labels("E500").inc()
        log.exception("internal error on %s", name)
        raise ApiError(500, "E500", f"{name}: internal error: {type(exc).__name__}") from exc


_EXTRACT_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ExtractRequest.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
        },
    }
}
_ERRORS = {status: {"model": ErrorResponse} for status in (413, 415, 422, 503, 504)}


@router.post("/v1/extract", response_model=Report, responses=_ERRORS, openapi_extra=_EXTRACT_BODY)
async def extract_one(request: Request) -> dict[str, Any]:
    """Extract one report: a JSON body `{"text"|"html": ..., "filename": ...}` or a multipart file upload."""
    service = service_of(request)
    _check_size(request, service)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        body = await _read_json(request, ExtractRequest)
        name, data = body.to_bytes()
    elif content_type == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(422, "E203", "multipart body needs a 'file' part holding the report")
        name, data = upload.filename or "upload.txt", await upload.read()
    else:
        raise ApiError(
            415,
            "E204",
            f"unsupported content type {content_type or 'none'!r}; send application/json or multipart/form-data",
        )
    return await _run(service, name, data)


@router.post("/v1/extract/batch", response_model=BatchResponse, responses=_ERRORS)
async def extract_batch(request: Request, body: BatchRequest) -> dict[str, Any]:
    """Extract up to `max_batch` documents; one result or one error per document, in order."""
    service = service_of(request)
    if len(body.documents) > service.settings.max_batch:
        raise ApiError(
            413, "E205", f"{len(body.documents)} documents is over the batch limit of {service.settings.max_batch}"
        )

    async def one(document: ExtractRequest) -> dict[str, Any]:
        name, data = document.to_bytes()
        try:
            return {"result": await _run(service, name, data)}
        except ApiError as exc:
            return {"error": {"code": exc.code, "message": exc.message}}

    return {"results": await asyncio.gather(*(one(d) for d in body.documents))}


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is alive."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"model": ErrorResponse}})
async def readyz(request: Request) -> Any:
    """The engine is loaded and has answered a warm-up document."""
    service = service_of(request)
    if not service.ready:
        message = service.load_error or "the model is still loading"
        return JSONResponse(error_body("E503", message), status_code=503)
    return {"status": "ready", "engine": service.info()["name"]}


@router.get("/v1/model")
async def model_info(request: Request) -> dict[str, Any]:
    """Name, version, label set and sha256 of the ONNX file of the loaded engine."""
    return service_of(request).info()


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    """Prometheus metrics: requests, latency, extraction time, errors."""
    return Response(generate_latest(service_of(request).metrics.registry), media_type=CONTENT_TYPE_LATEST)
